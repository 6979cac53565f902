using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

internal sealed partial class EmbeddedGraphStore
{
    public Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Entities.ContainsKey(id) ? Expand(s, [id], depth, limit, _ => true, _ => true) : null));

    public Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s =>
        {
            bool EntityFits(Entity e) => query.EntityTypes is not { Count: > 0 } types || types.Contains(e.Type);
            bool RelationshipFits(Relationship r) => query.RelationshipTypes is not { Count: > 0 } types || types.Contains(r.Type, StringComparer.Ordinal);
            if (query.EntityIds is { Count: > 0 } seeds)
            {
                return Expand(s, [.. seeds.Where(s.Entities.ContainsKey)], query.Depth, query.Limit, EntityFits, RelationshipFits);
            }

            var entities = s.Entities.Values.Where(EntityFits).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var kept = entities.Take(query.Limit).ToList();
            return Slice(s, kept, RelationshipFits, truncated: entities.Count > kept.Count);
        }));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => ShortestPaths.Find(s, fromId, toId, maxDepth, limit)));

    /// <summary>Breadth-first from the seeds, both directions, until the depth or the entity limit is reached.</summary>
    private static GraphSlice Expand(GraphState state, IReadOnlyList<string> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Entity>();
        var frontier = new List<string>();
        var truncated = false;
        foreach (var seed in seeds.Distinct(StringComparer.Ordinal))
        {
            if (order.Count >= limit)
            {
                truncated = true;
                break;
            }

            seen.Add(seed);
            order.Add(state.Entities[seed]);
            frontier.Add(seed);
        }

        for (var hop = 0; hop < depth && frontier.Count > 0 && !truncated; hop++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in state.RelationshipIdsOf(id, Direction.Both).Order(StringComparer.Ordinal).Select(r => state.Relationships[r]).Where(relationshipFits))
                {
                    var other = relationship.SourceId == id ? relationship.TargetId : relationship.SourceId;
                    if (seen.Contains(other) || !entityFits(state.Entities[other]))
                    {
                        continue;
                    }

                    if (order.Count >= limit)
                    {
                        truncated = true;
                        break;
                    }

                    seen.Add(other);
                    order.Add(state.Entities[other]);
                    next.Add(other);
                }
            }

            frontier = next;
        }

        return Slice(state, order, relationshipFits, truncated);
    }

    /// <summary>The given entities and every relationship between two of them.</summary>
    private static GraphSlice Slice(GraphState state, IReadOnlyList<Entity> entities, Func<Relationship, bool> relationshipFits, bool truncated)
    {
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = ids
            .SelectMany(id => state.Outgoing.GetValueOrDefault(id) ?? [])
            .Select(r => state.Relationships[r])
            .Where(r => ids.Contains(r.TargetId) && relationshipFits(r))
            .OrderBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphSlice(entities, relationships, truncated);
    }
}
