using OicGraph.Graph.Model;
using OicGraph.Graph.Traversal;

namespace OicGraph.Graph.Embedded;

// Traversals follow the shared GraphTraversal rules, one read-locked hop at a time, as the Neo4j adapter walks its hops.
public sealed partial class EmbeddedGraphStore
{
    public async Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default) =>
        await GetEntityAsync(id, cancellationToken) is { } start
            ? await ExpandAsync([start], depth, limit, _ => true, _ => true, cancellationToken)
            : null;

    public async Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        bool EntityFits(Entity e) => query.EntityTypes is not { Count: > 0 } types || types.Contains(e.Type);
        bool RelationshipFits(Relationship r) => query.RelationshipTypes is not { Count: > 0 } types || types.Contains(r.Type);
        if (query.EntityIds is { Count: > 0 } seedIds)
        {
            var seeds = Read(s => seedIds.Distinct(StringComparer.Ordinal).Where(s.Entities.ContainsKey).Select(id => s.Entities[id]).ToList());
            return await ExpandAsync(seeds, query.Depth, query.Limit, EntityFits, RelationshipFits, cancellationToken);
        }

        return Read(s =>
        {
            var entities = s.Entities.Values.Where(EntityFits).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            return Slice(s, [.. entities.Take(query.Limit)], RelationshipFits, truncated: entities.Count > query.Limit);
        });
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default)
    {
        var ends = Read(s => (From: s.Entities.GetValueOrDefault(fromId), To: s.Entities.GetValueOrDefault(toId)));
        return ends is { From: { } from, To: { } to }
            ? await GraphTraversal.ShortestPathsAsync(from, to, maxDepth, limit, Adjacency, cancellationToken)
            : [];
    }

    private async Task<GraphSlice> ExpandAsync(
        IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits, CancellationToken cancellationToken)
    {
        var (order, truncated) = await GraphTraversal.ExpandAsync(seeds, depth, limit, entityFits, relationshipFits, Adjacency, cancellationToken);
        return Read(s => Slice(s, order, relationshipFits, truncated));
    }

    private Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> Adjacency(
        IReadOnlyList<string> ids, IDictionary<string, Entity> entities, CancellationToken cancellationToken) =>
        Task.FromResult(Read<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(s => ids.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id,
            id =>
            {
                IReadOnlyList<Relationship> relationships = [.. s.RelationshipIdsOf(id, Direction.Both).Order(StringComparer.Ordinal).Select(r => s.Relationships[r])];
                foreach (var relationship in relationships)
                {
                    entities.TryAdd(relationship.SourceId, s.Entities[relationship.SourceId]);
                    entities.TryAdd(relationship.TargetId, s.Entities[relationship.TargetId]);
                }

                return relationships;
            },
            StringComparer.Ordinal)));

    /// <summary>The given entities (still in the graph) and every relationship between two of them, by type then id.</summary>
    private static GraphSlice Slice(GraphState state, IReadOnlyList<Entity> entities, Func<Relationship, bool> relationshipFits, bool truncated)
    {
        var kept = entities.Where(e => state.Entities.ContainsKey(e.Id)).ToList();
        var ids = kept.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = ids
            .SelectMany(id => state.Outgoing.GetValueOrDefault(id) ?? [])
            .Select(r => state.Relationships[r])
            .Where(r => ids.Contains(r.TargetId) && relationshipFits(r))
            .OrderBy(r => r.Type.Name(), StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphSlice(kept, relationships, truncated);
    }
}
