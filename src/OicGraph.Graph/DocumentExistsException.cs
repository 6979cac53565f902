namespace OicGraph.Graph;

/// <summary>A patch was to create a document whose id is already taken (<see cref="Model.GraphPatch.CreateOnly"/>); nothing was applied.</summary>
public sealed class DocumentExistsException(string documentId, string storedContentHash)
    : Exception($"Document '{documentId}' already exists.")
{
    public string DocumentId { get; } = documentId;

    /// <summary>The content hash of the text the id holds: equal to the patch's when the same text won the race.</summary>
    public string StoredContentHash { get; } = storedContentHash;
}
