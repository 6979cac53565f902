using OicGraph.Graph.Model;
using OicGraph.Graph.Traversal;

namespace OicGraph.Graph.Embedded;

// Traversals follow the shared GraphTraversal rules: neighbourhoods and subgraphs under one read lock, paths one
// read-locked hop at a time through GraphTraversal itself.
public sealed partial class EmbeddedGraphStore
{
    public Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Entities.TryGetValue(id, out var start) ? Expand(s, [start], depth, limit, _ => true, _ => true) : null));

    public Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        bool EntityFits(Entity e) => query.EntityTypes is not { Count: > 0 } types || types.Contains(e.Type);
        bool RelationshipFits(Relationship r) => query.RelationshipTypes is not { Count: > 0 } types || types.Contains(r.Type);
        if (query.EntityIds is { Count: > 0 } seedIds)
        {
            return Task.FromResult(Read(s => Expand(
                s, [.. seedIds.Distinct(StringComparer.Ordinal).Where(s.Entities.ContainsKey).Select(id => s.Entities[id])], query.Depth, query.Limit, EntityFits, RelationshipFits)));
        }

        return Task.FromResult(Read(s =>
        {
            var all = s.EntitiesById();
            var entities = new List<Entity>(Math.Min(Math.Max(query.Limit, 0), all.Count));
            var truncated = false;
            foreach (var entity in all)
            {
                if (!EntityFits(entity))
                {
                    continue;
                }

                if (entities.Count >= query.Limit)
                {
                    truncated = true;
                    break;
                }

                entities.Add(entity);
            }

            return Slice(s, entities, RelationshipFits, truncated);
        }));
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default)
    {
        var ends = Read(s => (From: s.Entities.GetValueOrDefault(fromId), To: s.Entities.GetValueOrDefault(toId)));
        return ends is { From: { } from, To: { } to }
            ? await GraphTraversal.ShortestPathsAsync(from, to, maxDepth, limit, Adjacency, cancellationToken)
            : [];
    }

    /// <summary>
    /// <see cref="GraphTraversal"/>'s breadth-first rules under one read lock, over the state's per-entity adjacency: the
    /// whole neighbourhood is of one version, and no hop is sorted.
    /// </summary>
    private static GraphSlice Expand(
        GraphState state, IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits)
    {
        var (order, truncated) = GraphTraversal.Expand(seeds, depth, limit, entityFits, relationshipFits, state.AdjacencyOf, id => state.Entities[id]);
        return Slice(state, order, relationshipFits, truncated);
    }

    private Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> Adjacency(
        IReadOnlyList<string> ids, IDictionary<string, Entity> entities, CancellationToken cancellationToken) =>
        Task.FromResult(Read<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(s => ids.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id,
            id =>
            {
                var relationships = s.AdjacencyOf(id);
                foreach (var relationship in relationships)
                {
                    entities.TryAdd(relationship.SourceId, s.Entities[relationship.SourceId]);
                    entities.TryAdd(relationship.TargetId, s.Entities[relationship.TargetId]);
                }

                return relationships;
            },
            StringComparer.Ordinal)));

    /// <summary>The given entities (read from <paramref name="state"/> under the same lock) and every relationship between two of them, by type then id.</summary>
    private static GraphSlice Slice(GraphState state, List<Entity> entities, Func<Relationship, bool> relationshipFits, bool truncated)
    {
        var ids = new HashSet<string>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            ids.Add(entity.Id);
        }

        // From each entity's kept adjacency (the traversal has just read most of it), each relationship once: from its
        // source's list; no look-up of a relationship by id.
        var relationships = new List<Relationship>(entities.Count * 2);
        foreach (var id in ids)
        {
            foreach (var relationship in state.AdjacencyOf(id))
            {
                if (relationship.SourceId == id && ids.Contains(relationship.TargetId) && relationshipFits(relationship))
                {
                    relationships.Add(relationship);
                }
            }
        }

        relationships.Sort(ByTypeNameThenId.Instance);
        return new GraphSlice(entities, relationships, truncated);
    }

    /// <summary>
    /// Relationships by their type's name, then id (ordinal): ids are unique, so the order is total and an unstable sort
    /// gives the one answer. The names' order is worked out once per type rather than per comparison.
    /// </summary>
    private sealed class ByTypeNameThenId : IComparer<Relationship>
    {
        public static readonly ByTypeNameThenId Instance = new();

        private static readonly int[] Rank = RankOfNames();

        public int Compare(Relationship? x, Relationship? y) =>
            Rank[(int)x!.Type] - Rank[(int)y!.Type] is var byType and not 0 ? byType : string.CompareOrdinal(x.Id, y!.Id);

        private static int[] RankOfNames()
        {
            var byName = RelationTypes.All.OrderBy(t => t.Name(), StringComparer.Ordinal).ToList();
            var rank = new int[RelationTypes.All.Count];
            for (var i = 0; i < byName.Count; i++)
            {
                rank[(int)byName[i]] = i;
            }

            return rank;
        }
    }
}
