namespace OicGraph.Graph.Model;

/// <summary>
/// One atomic batch of upserts. A document in the patch replaces that document's previous contribution: its old
/// mentions and evidence are dropped before the patch's are added, so re-ingesting a document never duplicates anything.
/// Entities merge by id (existing names win, aliases, properties and search keys are united); relationships merge by id
/// and unite their evidence.
/// </summary>
public sealed record GraphPatch(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Mention> Mentions)
{
    public static GraphPatch Empty { get; } = new([], [], [], []);

    /// <summary>
    /// Documents of this patch that it may only create, never replace: if one of these ids exists when the write runs
    /// (checked under the embedded store's write lock, inside the Neo4j transaction), nothing is applied and
    /// <see cref="DocumentExistsException"/> names the stored document's content hash. Of two writers racing to create one
    /// id, exactly one succeeds.
    /// </summary>
    public IReadOnlyList<string> CreateOnly { get; init; } = [];
}
