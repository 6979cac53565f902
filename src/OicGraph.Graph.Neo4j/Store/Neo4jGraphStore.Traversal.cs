using OicGraph.Graph.Model;
using OicGraph.Graph.Traversal;

namespace OicGraph.Graph.Neo4j.Store;

// Traversals walk hop by hop (one read per hop) with the shared GraphTraversal rules: frontier order, relationships of each
// entity in id order, the entity limit, the tie-breaking. No Neo4j-only path syntax is needed.
internal sealed partial class Neo4jGraphStore
{
    public async Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default)
    {
        var start = await GetEntityAsync(id, cancellationToken);
        return start is null ? null : await ExpandAsync([start], depth, limit, _ => true, _ => true, cancellationToken);
    }

    public async Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        bool EntityFits(Entity e) => query.EntityTypes is not { Count: > 0 } types || types.Contains(e.Type);
        bool RelationshipFits(Relationship r) => query.RelationshipTypes is not { Count: > 0 } types || types.Contains(r.Type);
        if (query.EntityIds is { Count: > 0 } seedIds)
        {
            var found = (await ReadAsync(Statements.GetEntities, Args(("ids", seedIds)), cancellationToken))
                .Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var seeds = seedIds.Distinct(StringComparer.Ordinal).Where(found.ContainsKey).Select(id => found[id]).ToList();
            return await ExpandAsync(seeds, query.Depth, query.Limit, EntityFits, RelationshipFits, cancellationToken);
        }

        var types = query.EntityTypes is { Count: > 0 } wanted ? wanted.Select(t => t.ToString()).ToList() : null;
        var result = await ReadAsync(ShapedReads.EntitiesOfTypes(types is not null), Args(("types", types), ("limit", query.Limit + 1)), cancellationToken);
        var entities = result.Rows.Select(row => Mapping.ToEntity(row[0])).ToList();
        return await SliceAsync([.. entities.Take(query.Limit)], RelationshipFits, entities.Count > query.Limit, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default)
    {
        var ends = (await ReadAsync(Statements.GetEntities, Args(("ids", new[] { fromId, toId })), cancellationToken))
            .Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return ends.TryGetValue(fromId, out var from) && ends.TryGetValue(toId, out var to)
            ? await GraphTraversal.ShortestPathsAsync(from, to, maxDepth, limit, AdjacencyAsync, cancellationToken)
            : [];
    }

    private async Task<GraphSlice> ExpandAsync(
        IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits,
        CancellationToken cancellationToken)
    {
        var (order, truncated) = await GraphTraversal.ExpandAsync(seeds, depth, limit, entityFits, relationshipFits, AdjacencyAsync, cancellationToken);
        return await SliceAsync(order, relationshipFits, truncated, cancellationToken);
    }

    /// <summary>The relationships of each entity, both directions, in id order; the entities at their other ends are remembered.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> AdjacencyAsync(
        IReadOnlyList<string> ids, IDictionary<string, Entity> entities, CancellationToken cancellationToken)
    {
        var adjacency = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<Relationship>(), StringComparer.Ordinal);
        var result = await ReadAsync(Statements.IncidentRelationships, Args(("ids", adjacency.Keys.ToList())), cancellationToken);
        foreach (var row in result.Rows)
        {
            var relationship = Mapping.ToRelationship(row[0]);
            var source = Mapping.ToEntity(row[1]);
            var target = Mapping.ToEntity(row[2]);
            entities.TryAdd(source.Id, source);
            entities.TryAdd(target.Id, target);
            adjacency.GetValueOrDefault(source.Id)?.Add(relationship);
            if (target.Id != source.Id)
            {
                adjacency.GetValueOrDefault(target.Id)?.Add(relationship);
            }
        }

        foreach (var list in adjacency.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        }

        return adjacency.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Relationship>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>The entities, in the order given, and every relationship between two of them, by type then id.</summary>
    private async Task<GraphSlice> SliceAsync(
        List<Entity> entities, Func<Relationship, bool> relationshipFits, bool truncated, CancellationToken cancellationToken)
    {
        List<Relationship> relationships = [];
        if (entities.Count > 0)
        {
            var result = await ReadAsync(Statements.RelationshipsAmong, Args(("ids", entities.Select(e => e.Id).ToList())), cancellationToken);
            relationships = [.. result.Rows.Select(row => Mapping.ToRelationship(row[0])).Where(relationshipFits)
                .OrderBy(r => r.Type.Name(), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)];
        }

        return new GraphSlice(entities, relationships, truncated);
    }
}
