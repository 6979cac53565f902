using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// A fact's evidence is kept in document, then text order (<see cref="GraphMerge"/>), so one document's evidence is one
/// contiguous run, found by binary search: a write touches that run, not the whole list.
/// </summary>
internal static class EvidenceRanges
{
    /// <summary>The index of the first evidence of <paramref name="documentId"/> (or where it would go) and how many there are.</summary>
    public static (int Start, int Count) Of(IReadOnlyList<Evidence> evidence, string documentId) =>
        Of(evidence.Count, i => evidence[i].DocumentId, documentId);

    public static (int Start, int Count) Of(int count, Func<int, string> documentAt, string documentId)
    {
        var start = LowerBound(count, documentAt, documentId, inclusive: false);
        var end = LowerBound(count, documentAt, documentId, inclusive: true);
        return (start, end - start);
    }

    // The first index whose document sorts after documentId (inclusive) or at or after it (not inclusive).
    private static int LowerBound(int count, Func<int, string> documentAt, string documentId, bool inclusive)
    {
        var low = 0;
        var high = count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(documentAt(middle), documentId);
            if (order < 0 || (inclusive && order == 0))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
