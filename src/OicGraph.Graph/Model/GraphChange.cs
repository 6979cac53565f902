namespace OicGraph.Graph.Model;

/// <summary>What applying a patch or deleting a document did, by id.</summary>
public sealed record GraphChange(
    IReadOnlyList<string> EntitiesCreated,
    IReadOnlyList<string> EntitiesUpdated,
    IReadOnlyList<string> EntitiesDeleted,
    IReadOnlyList<string> RelationshipsCreated,
    IReadOnlyList<string> RelationshipsUpdated,
    IReadOnlyList<string> RelationshipsDeleted,
    int MentionsAdded,
    int MentionsRemoved)
{
    public static GraphChange None { get; } = new([], [], [], [], [], [], 0, 0);

    public bool IsEmpty => EntitiesCreated.Count + EntitiesUpdated.Count + EntitiesDeleted.Count
        + RelationshipsCreated.Count + RelationshipsUpdated.Count + RelationshipsDeleted.Count
        + MentionsAdded + MentionsRemoved == 0;
}
