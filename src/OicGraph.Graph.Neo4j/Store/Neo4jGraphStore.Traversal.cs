using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Traversal;

namespace OicGraph.Graph.Neo4j.Store;

// Neighbourhoods and seeded subgraphs read everything within their depth in ONE statement (ShapedReads.Reach), then apply
// the shared GraphTraversal rules in memory: frontier order, relationships of each entity in id order, the entity limit,
// the tie-breaking. Shortest paths are one read too: the facts on some shortest path, then the same search over them.
internal sealed partial class Neo4jGraphStore
{
    public async Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default)
    {
        var reach = await ReachAsync([id], depth, cancellationToken);
        return reach.Seeds.Count == 0 ? null : await reach.ExpandAsync(depth, limit, _ => true, _ => true, cancellationToken);
    }

    public async Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        bool EntityFits(Entity e) => query.EntityTypes is not { Count: > 0 } types || types.Contains(e.Type);
        bool RelationshipFits(Relationship r) => query.RelationshipTypes is not { Count: > 0 } types || types.Contains(r.Type);
        if (query.EntityIds is { Count: > 0 } seedIds)
        {
            var reach = await ReachAsync(seedIds, query.Depth, cancellationToken);
            return await reach.ExpandAsync(query.Depth, query.Limit, EntityFits, RelationshipFits, cancellationToken);
        }

        var types = query.EntityTypes is { Count: > 0 } wanted ? wanted.Select(t => t.ToString()).ToList() : null;
        var result = await ReadAsync(ShapedReads.EntitiesOfTypes(types is not null), Args(("types", types), ("limit", query.Limit + 1)), cancellationToken);
        var entities = result.Rows.Select(row => Mapping.ToEntity(row[0])).ToList();
        return await SliceAsync([.. entities.Take(query.Limit)], RelationshipFits, entities.Count > query.Limit, cancellationToken);
    }

    /// <summary>
    /// One read: both ends and every fact on some shortest path between them (<see cref="ShapedReads.ShortestPaths"/>), then
    /// the shared <see cref="GraphTraversal"/> search over just those facts. Its answer is the same as over the whole graph:
    /// every neighbour one hop nearer the start of an entity on a shortest path is itself on one, so each such entity keeps
    /// all its predecessors, in the same order, and nothing off the paths can come first.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default)
    {
        // Neo4j refuses a shortest path whose ends are one node, and one of no hops finds nothing; the ends are enough then.
        var statement = fromId == toId || maxDepth < 1 || limit <= 0 ? ShapedReads.PathEnds : ShapedReads.ShortestPaths(maxDepth);
        var read = Read(await ReadAsync(statement, Args(("ids", new[] { fromId, toId }.Distinct(StringComparer.Ordinal).ToList()), ("from", fromId), ("to", toId)), cancellationToken));
        if (!read.Entities.TryGetValue(fromId, out var from) || !read.Entities.TryGetValue(toId, out var to))
        {
            return [];
        }

        var adjacency = Adjacency(read.Entities.Keys, read.Relationships);
        return await GraphTraversal.ShortestPathsAsync(from, to, maxDepth, limit, (ids, known, _) =>
        {
            foreach (var id in ids)
            {
                foreach (var relationship in adjacency[id])
                {
                    known.TryAdd(relationship.SourceId, read.Entities[relationship.SourceId]);
                    known.TryAdd(relationship.TargetId, read.Entities[relationship.TargetId]);
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(ids.ToDictionary(id => id, id => adjacency[id], StringComparer.Ordinal));
        }, cancellationToken);
    }

    /// <summary>The seeds that exist (in the order given) and every fact within <paramref name="depth"/> hops of them, in one read.</summary>
    private async Task<Reach> ReachAsync(IReadOnlyList<string> ids, int depth, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var (entities, relationships) = Read(await ReadAsync(ShapedReads.Reach(depth), Args(("ids", distinct)), cancellationToken));
        return new Reach([.. distinct.Where(entities.ContainsKey).Select(id => entities[id])], entities, relationships);
    }

    /// <summary>
    /// Rows of <c>(relationship, source, target)</c>: an entity alone when the relationship is null, else a fact with both ends.
    /// </summary>
    private static (Dictionary<string, Entity> Entities, IReadOnlyList<Relationship> Relationships) Read(QueryResult result)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var source = Mapping.ToEntity(row[1]);
            entities.TryAdd(source.Id, source);
            if (row[0] is not null)
            {
                var target = Mapping.ToEntity(row[2]);
                entities.TryAdd(target.Id, target);
                var relationship = Mapping.ToRelationship(row[0]);
                relationships.TryAdd(relationship.Id, relationship);
            }
        }

        return (entities, [.. relationships.Values]);
    }

    /// <summary>For each of <paramref name="ids"/>, the relationships touching it (a self-loop once), in id order.</summary>
    private static Dictionary<string, IReadOnlyList<Relationship>> Adjacency(IEnumerable<string> ids, IEnumerable<Relationship> relationships)
    {
        var adjacency = ids.ToDictionary(id => id, _ => new List<Relationship>(), StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            adjacency.GetValueOrDefault(relationship.SourceId)?.Add(relationship);
            if (relationship.TargetId != relationship.SourceId)
            {
                adjacency.GetValueOrDefault(relationship.TargetId)?.Add(relationship);
            }
        }

        foreach (var list in adjacency.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        }

        return adjacency.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Relationship>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>A slice's facts in the embedded store's order: by type, then id.</summary>
    private static List<Relationship> InSliceOrder(IEnumerable<Relationship> relationships) =>
        [.. relationships.OrderBy(r => r.Type.Name(), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>What <see cref="ReachAsync"/> read: enough to run a traversal of its depth without another request.</summary>
    private sealed record Reach(IReadOnlyList<Entity> Seeds, Dictionary<string, Entity> Entities, IReadOnlyList<Relationship> Relationships)
    {
        public async Task<GraphSlice> ExpandAsync(
            int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits, CancellationToken cancellationToken)
        {
            var adjacency = Adjacency(Entities.Keys, Relationships);
            var entitiesGiven = false;
            var (order, truncated) = await GraphTraversal.ExpandAsync(Seeds, depth, limit, entityFits, relationshipFits, (ids, known, _) =>
            {
                // The traversal keeps one dictionary for the whole walk, so everything the read brought is handed over once.
                if (!entitiesGiven)
                {
                    foreach (var (id, entity) in Entities)
                    {
                        known.TryAdd(id, entity);
                    }

                    entitiesGiven = true;
                }

                return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(
                    ids.ToDictionary(id => id, id => adjacency[id], StringComparer.Ordinal));
            }, cancellationToken);

            // Every fact touching a chosen entity was read, so the facts among them are all here.
            var chosen = order.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var among = InSliceOrder(Relationships.Where(r => chosen.Contains(r.SourceId) && chosen.Contains(r.TargetId)).Where(relationshipFits));
            return new GraphSlice(order, among, truncated);
        }
    }

    /// <summary>The entities, in the order given, and every relationship between two of them, by type then id.</summary>
    private async Task<GraphSlice> SliceAsync(
        List<Entity> entities, Func<Relationship, bool> relationshipFits, bool truncated, CancellationToken cancellationToken)
    {
        List<Relationship> relationships = [];
        if (entities.Count > 0)
        {
            var result = await ReadAsync(Statements.RelationshipsAmong, Args(("ids", entities.Select(e => e.Id).ToList())), cancellationToken);
            relationships = InSliceOrder(result.Rows.Select(row => Mapping.ToRelationship(row[0])).Where(relationshipFits));
        }

        return new GraphSlice(entities, relationships, truncated);
    }
}
