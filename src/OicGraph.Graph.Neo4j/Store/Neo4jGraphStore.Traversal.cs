using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

// Traversals walk hop by hop (one read per hop) and decide in C#, so the order, the limits and the tie-breaking are the
// embedded store's, whatever Cypher planner runs underneath, and no Neo4j-only path syntax is needed.
internal sealed partial class Neo4jGraphStore
{
    private sealed record Edge(Relationship Relationship, Entity Source, Entity Target);

    public async Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default)
    {
        var start = await GetEntityAsync(id, cancellationToken);
        if (start is null)
        {
            return null;
        }

        var (entities, truncated) = await ExpandAsync([start], depth, limit, _ => true, cancellationToken);
        return await SliceAsync(entities, null, truncated, cancellationToken);
    }

    public async Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        var entityTypes = query.EntityTypes is { Count: > 0 } types ? types.Select(type => type.ToString()).ToList() : null;
        var relationshipTypes = query.RelationshipTypes is { Count: > 0 } wanted ? wanted.ToHashSet(StringComparer.Ordinal) : null;
        if (query.EntityIds is not { Count: > 0 } seedIds)
        {
            var all = await ReadAsync(Statements.EntitiesOfTypes, Args(("types", entityTypes), ("limit", query.Limit + 1)), cancellationToken);
            var everything = all.Rows.Select(row => Mapping.ToEntity(row[0])).ToList();
            return await SliceAsync(everything.Take(query.Limit).ToList(), relationshipTypes, everything.Count > query.Limit, cancellationToken);
        }

        var seeds = await ReadAsync(Statements.GetEntities, Args(("ids", seedIds)), cancellationToken);
        var (entities, truncated) = await ExpandAsync(
            seeds.Rows.Select(row => Mapping.ToEntity(row[0])).OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            query.Depth,
            query.Limit,
            edge => (relationshipTypes is null || relationshipTypes.Contains(edge.Relationship.Type)),
            cancellationToken,
            entityTypes);
        return await SliceAsync(entities, relationshipTypes, truncated, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default)
    {
        var from = await GetEntityAsync(fromId, cancellationToken);
        if (from is null || limit <= 0)
        {
            return [];
        }

        if (fromId == toId)
        {
            return [new GraphPath([from], [])];
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal) { [fromId] = from };
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [fromId] = 0 };
        var previous = new Dictionary<string, List<(Relationship Relationship, string From)>>(StringComparer.Ordinal);
        List<string> frontier = [fromId];
        for (var hop = 1; hop <= maxDepth && frontier.Count > 0 && !distance.ContainsKey(toId); hop++)
        {
            var next = new List<string>();
            foreach (var edge in await IncidentAsync(frontier, cancellationToken))
            {
                foreach (var (near, far) in new[] { (edge.Source, edge.Target), (edge.Target, edge.Source) })
                {
                    if (distance.GetValueOrDefault(near.Id, -1) != hop - 1 || near.Id == far.Id)
                    {
                        continue;
                    }

                    if (!distance.TryGetValue(far.Id, out var known))
                    {
                        known = distance[far.Id] = hop;
                        entities[far.Id] = far;
                        next.Add(far.Id);
                    }

                    if (known == hop)
                    {
                        (previous.TryGetValue(far.Id, out var list) ? list : previous[far.Id] = []).Add((edge.Relationship, near.Id));
                    }
                }
            }

            frontier = next;
        }

        var paths = new List<GraphPath>();
        if (distance.ContainsKey(toId))
        {
            CollectPaths(toId, fromId, previous, entities, [], [], paths, limit);
        }

        return paths;
    }

    // Walks the shortest-path predecessors back from the target; entities and relationships are collected in reverse.
    private static void CollectPaths(
        string at, string fromId, Dictionary<string, List<(Relationship Relationship, string From)>> previous,
        Dictionary<string, Entity> entities, List<Entity> nodes, List<Relationship> steps, List<GraphPath> paths, int limit)
    {
        nodes.Add(entities[at]);
        if (at == fromId)
        {
            paths.Add(new GraphPath(Enumerable.Reverse(nodes).ToList(), Enumerable.Reverse(steps).ToList()));
        }
        else
        {
            foreach (var (relationship, from) in previous[at])
            {
                if (paths.Count >= limit)
                {
                    break;
                }

                steps.Add(relationship);
                CollectPaths(from, fromId, previous, entities, nodes, steps, paths, limit);
                steps.RemoveAt(steps.Count - 1);
            }
        }

        nodes.RemoveAt(nodes.Count - 1);
    }

    /// <summary>Breadth-first from the seeds, up to <paramref name="depth"/> hops and <paramref name="limit"/> entities.</summary>
    private async Task<(List<Entity> Entities, bool Truncated)> ExpandAsync(
        List<Entity> seeds, int depth, int limit, Func<Edge, bool> follow, CancellationToken cancellationToken,
        IReadOnlyList<string>? entityTypes = null)
    {
        var included = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var truncated = false;
        foreach (var seed in seeds)
        {
            if (included.Count >= limit)
            {
                truncated = true;
                break;
            }

            included[seed.Id] = seed;
        }

        var frontier = included.Keys.ToList();
        for (var hop = 1; hop <= depth && frontier.Count > 0 && !truncated; hop++)
        {
            var next = new List<string>();
            foreach (var edge in (await IncidentAsync(frontier, cancellationToken)).Where(follow))
            {
                foreach (var candidate in new[] { edge.Source, edge.Target })
                {
                    if (included.ContainsKey(candidate.Id) || (entityTypes is not null && !entityTypes.Contains(candidate.Type.ToString())))
                    {
                        continue;
                    }

                    if (included.Count >= limit)
                    {
                        truncated = true;
                        break;
                    }

                    included[candidate.Id] = candidate;
                    next.Add(candidate.Id);
                }
            }

            frontier = next;
        }

        return (included.Values.ToList(), truncated);
    }

    private async Task<List<Edge>> IncidentAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(Statements.IncidentRelationships, Args(("ids", ids)), cancellationToken);
        return result.Rows
            .Select(row => new Edge(Mapping.ToRelationship(row[0]), Mapping.ToEntity(row[1]), Mapping.ToEntity(row[2])))
            .OrderBy(edge => edge.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(edge => edge.Relationship.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The entities and every relationship among them (of the wanted types), in the port's list order.</summary>
    private async Task<GraphSlice> SliceAsync(
        List<Entity> entities, HashSet<string>? relationshipTypes, bool truncated, CancellationToken cancellationToken)
    {
        var relationships = new List<Relationship>();
        if (entities.Count > 0)
        {
            var result = await ReadAsync(Statements.RelationshipsAmong, Args(("ids", entities.Select(e => e.Id).ToList())), cancellationToken);
            relationships = result.Rows.Select(row => Mapping.ToRelationship(row[0]))
                .Where(r => relationshipTypes is null || relationshipTypes.Contains(r.Type))
                .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
        }

        return new GraphSlice(
            entities.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            relationships,
            truncated);
    }
}
