namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// Document-level folds for cross-validation: a document's fold is a fixed hash of its id, so the assignment does not
/// depend on file order or on the machine, and sentences of one document never sit on both sides.
/// </summary>
public static class Folds
{
    public static int Of(string documentId, int folds)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var h = 2166136261u;
        foreach (var c in documentId)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h % (uint)folds);
    }
}
