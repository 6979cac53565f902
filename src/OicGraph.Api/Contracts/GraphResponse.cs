using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>Nodes and edges ready for a graph view.</summary>
/// <param name="Nodes">The entities.</param>
/// <param name="Edges">The relationships between them.</param>
/// <param name="Truncated">True when the limit cut the graph short.</param>
public sealed record GraphResponse(IReadOnlyList<EntityResponse> Nodes, IReadOnlyList<RelationshipResponse> Edges, bool Truncated)
{
    public static GraphResponse From(GraphSlice slice) =>
        new([.. slice.Entities.Select(EntityResponse.From)], [.. slice.Relationships.Select(RelationshipResponse.From)], slice.Truncated);
}

/// <summary>Counts of the whole graph.</summary>
/// <param name="Entities" example="180">Entities in the graph.</param>
/// <param name="Relationships" example="240">Relationships in the graph.</param>
/// <param name="Documents" example="4">Documents (articles and reference files).</param>
/// <param name="Mentions" example="900">Mentions of entities in documents.</param>
/// <param name="EntitiesByType">Entities per type.</param>
/// <param name="RelationshipsByType">Relationships per type.</param>
public sealed record StatsResponse(
    int Entities,
    int Relationships,
    int Documents,
    int Mentions,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationshipsByType)
{
    public static StatsResponse From(GraphStats s) =>
        new(s.Entities, s.Relationships, s.Documents, s.Mentions, s.EntitiesByType, s.RelationshipsByType);
}
