using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

// Traversals walk hop by hop (one read per hop) and decide in C# with the embedded store's exact rules: frontier order,
// relationships of each entity in id order, the entity limit, the tie-breaking. No Neo4j-only path syntax is needed.
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
        bool RelationshipFits(Relationship r) => query.RelationshipTypes is not { Count: > 0 } types || types.Contains(r.Type, StringComparer.Ordinal);
        if (query.EntityIds is { Count: > 0 } seedIds)
        {
            var found = (await ReadAsync(Statements.GetEntities, Args(("ids", seedIds)), cancellationToken))
                .Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var seeds = seedIds.Distinct(StringComparer.Ordinal).Where(found.ContainsKey).Select(id => found[id]).ToList();
            return await ExpandAsync(seeds, query.Depth, query.Limit, EntityFits, RelationshipFits, cancellationToken);
        }

        var types = query.EntityTypes is { Count: > 0 } wanted ? wanted.Select(t => t.ToString()).ToList() : null;
        var result = await ReadAsync(Statements.EntitiesOfTypes, Args(("types", types), ("limit", query.Limit + 1)), cancellationToken);
        var entities = result.Rows.Select(row => Mapping.ToEntity(row[0])).ToList();
        return await SliceAsync([.. entities.Take(query.Limit)], RelationshipFits, entities.Count > query.Limit, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default)
    {
        var ends = (await ReadAsync(Statements.GetEntities, Args(("ids", new[] { fromId, toId })), cancellationToken))
            .Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (!ends.TryGetValue(fromId, out var from) || !ends.ContainsKey(toId) || limit <= 0)
        {
            return [];
        }

        if (fromId == toId)
        {
            return [new GraphPath([from], [])];
        }

        var entities = new Dictionary<string, Entity>(ends, StringComparer.Ordinal);
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [fromId] = 0 };
        var predecessors = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        List<string> frontier = [fromId];
        for (var hop = 1; hop <= maxDepth && frontier.Count > 0 && !distance.ContainsKey(toId); hop++)
        {
            var next = new List<string>();
            var adjacency = await AdjacencyAsync(frontier, entities, cancellationToken);
            foreach (var id in frontier)
            {
                foreach (var relationship in adjacency[id])
                {
                    var other = relationship.SourceId == id ? relationship.TargetId : relationship.SourceId;
                    if (distance.TryGetValue(other, out var known) && known < hop)
                    {
                        continue;
                    }

                    if (distance.TryAdd(other, hop))
                    {
                        next.Add(other);
                        predecessors[other] = [];
                    }

                    predecessors[other].Add(relationship);
                }
            }

            frontier = next;
        }

        var paths = new List<GraphPath>();
        if (distance.ContainsKey(toId))
        {
            Walk(toId, fromId, predecessors, entities, [], [entities[toId]], paths, limit);
        }

        return paths;
    }

    // Back from the target over the predecessor relationships; hops and entities are collected in reverse.
    private static void Walk(
        string at, string fromId, Dictionary<string, List<Relationship>> predecessors, Dictionary<string, Entity> entities,
        List<Relationship> hops, List<Entity> path, List<GraphPath> paths, int limit)
    {
        if (paths.Count >= limit)
        {
            return;
        }

        if (at == fromId)
        {
            paths.Add(new GraphPath([.. Enumerable.Reverse(path)], [.. Enumerable.Reverse(hops)]));
            return;
        }

        foreach (var relationship in predecessors[at])
        {
            var previous = relationship.SourceId == at ? relationship.TargetId : relationship.SourceId;
            hops.Add(relationship);
            path.Add(entities[previous]);
            Walk(previous, fromId, predecessors, entities, hops, path, paths, limit);
            hops.RemoveAt(hops.Count - 1);
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>Breadth-first from the seeds, both directions, until the depth or the entity limit is reached.</summary>
    private async Task<GraphSlice> ExpandAsync(
        IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits,
        CancellationToken cancellationToken)
    {
        var entities = seeds.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Entity>();
        var frontier = new List<string>();
        var truncated = false;
        foreach (var seed in seeds)
        {
            if (order.Count >= limit)
            {
                truncated = true;
                break;
            }

            seen.Add(seed.Id);
            order.Add(seed);
            frontier.Add(seed.Id);
        }

        for (var hop = 0; hop < depth && frontier.Count > 0 && !truncated; hop++)
        {
            var next = new List<string>();
            var adjacency = await AdjacencyAsync(frontier, entities, cancellationToken);
            foreach (var id in frontier)
            {
                foreach (var relationship in adjacency[id].Where(relationshipFits))
                {
                    var other = relationship.SourceId == id ? relationship.TargetId : relationship.SourceId;
                    if (seen.Contains(other) || !entityFits(entities[other]))
                    {
                        continue;
                    }

                    if (order.Count >= limit)
                    {
                        truncated = true;
                        break;
                    }

                    seen.Add(other);
                    order.Add(entities[other]);
                    next.Add(other);
                }
            }

            frontier = next;
        }

        return await SliceAsync(order, relationshipFits, truncated, cancellationToken);
    }

    /// <summary>The relationships of each entity, both directions, in id order; the entities at their other ends are remembered.</summary>
    private async Task<Dictionary<string, List<Relationship>>> AdjacencyAsync(
        IReadOnlyList<string> ids, Dictionary<string, Entity> entities, CancellationToken cancellationToken)
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

        return adjacency;
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
                .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)];
        }

        return new GraphSlice(entities, relationships, truncated);
    }
}
