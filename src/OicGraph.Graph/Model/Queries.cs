namespace OicGraph.Graph.Model;

/// <summary>
/// Filters for listing entities. <paramref name="SearchKeys"/> come from the text layer's search key of a user's query;
/// an entity matches when one of its <see cref="Entity.SearchKeys"/> starts with one of them.
/// </summary>
public sealed record EntityQuery(
    EntityType? Type = null,
    IReadOnlyList<string>? SearchKeys = null,
    string? DocumentId = null,
    int Offset = 0,
    int Limit = 50);

public enum Direction
{
    Both,
    Outgoing,
    Incoming,
}

/// <summary>Filters for listing relationships; <paramref name="EntityId"/> restricts to one entity's relationships.</summary>
public sealed record RelationshipQuery(
    string? EntityId = null,
    Direction Direction = Direction.Both,
    IReadOnlyList<RelationType>? Types = null,
    string? DocumentId = null,
    int Offset = 0,
    int Limit = 50);

/// <summary>Filters for a subgraph: seed entities (all when empty), entity and relationship types, hops from the seeds.</summary>
public sealed record SubgraphQuery(
    IReadOnlyList<string>? EntityIds = null,
    IReadOnlyList<EntityType>? EntityTypes = null,
    IReadOnlyList<RelationType>? RelationshipTypes = null,
    int Depth = 0,
    int Limit = 2000);
