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
    /// <see cref="GraphTraversal"/>'s breadth-first rules under one read lock, over the state's per-entity links: the
    /// whole neighbourhood is of one version, no hop is sorted, and what the walk has seen is marked by entity slot, so
    /// no id is hashed or compared per relationship. Same visiting order, limit and ties as the shared rules (the
    /// traversal rules tests compare the two after every kind of write).
    /// </summary>
    private static GraphSlice Expand(
        GraphState state, IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits)
    {
        var marks = SlotMarks.Start(state.SlotCount);
        var order = new List<Entity>();
        var frontier = new List<int>();
        var truncated = false;
        foreach (var seed in seeds)
        {
            var slot = state.SlotOf(seed);
            if (marks.Has(slot))
            {
                continue;
            }

            if (order.Count >= limit)
            {
                truncated = true;
                break;
            }

            marks.Add(slot);
            order.Add(seed);
            frontier.Add(slot);
        }

        for (var hop = 0; hop < depth && frontier.Count > 0 && !truncated; hop++)
        {
            var next = new List<int>();
            foreach (var slot in frontier)
            {
                foreach (var link in state.LinksAt(slot))
                {
                    if (!relationshipFits(link.Relationship) || marks.Has(link.OtherSlot))
                    {
                        continue;
                    }

                    var other = state.EntityAt(link.OtherSlot);
                    if (!entityFits(other))
                    {
                        continue;
                    }

                    if (order.Count >= limit)
                    {
                        // Nothing can be added past the limit, so the rest of the hop would only say so again.
                        truncated = true;
                        break;
                    }

                    marks.Add(link.OtherSlot);
                    order.Add(other);
                    next.Add(link.OtherSlot);
                }

                if (truncated)
                {
                    break;
                }
            }

            frontier = next;
        }

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
        var marks = SlotMarks.Start(state.SlotCount);
        foreach (var entity in entities)
        {
            marks.Add(state.SlotOf(entity));
        }

        // From each entity's kept links (the walk has just read most of them), each relationship once: from its source's
        // list; no look-up of a relationship by id. The entities are distinct (a walk's order, or the graph's entities).
        var relationships = new List<Relationship>(entities.Count * 2);
        foreach (var entity in entities)
        {
            foreach (var link in state.LinksAt(state.SlotOf(entity)))
            {
                if (link.Outgoing && marks.Has(link.OtherSlot) && relationshipFits(link.Relationship))
                {
                    relationships.Add(link.Relationship);
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
