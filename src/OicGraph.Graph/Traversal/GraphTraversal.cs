using OicGraph.Graph.Model;

namespace OicGraph.Graph.Traversal;

/// <summary>
/// The traversal rules every adapter follows, reading one hop at a time through an <see cref="AdjacencyReader"/>, so both
/// backends visit entities in the same order, stop at the same limit and break ties alike.
/// </summary>
public static class GraphTraversal
{
    /// <summary>Breadth-first from the seeds, both directions, until the depth or the entity limit is reached.</summary>
    public static async Task<(List<Entity> Entities, bool Truncated)> ExpandAsync(
        IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits,
        AdjacencyReader read, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var walk = new BreadthFirst(seeds, limit);
        foreach (var seed in walk.Order)
        {
            entities[seed.Id] = seed;
        }

        for (var hop = 0; hop < depth && walk.CanGoOn; hop++)
        {
            var adjacency = await read(walk.Frontier, entities, cancellationToken);
            walk.Hop(id => adjacency[id], id => entities[id], entityFits, relationshipFits);
        }

        return (walk.Order, walk.Truncated);
    }

    /// <summary>
    /// <see cref="ExpandAsync"/> over adjacency the caller holds in memory (read under one lock, say): the same visiting
    /// order, limit and ties, with no hop awaited.
    /// </summary>
    public static (List<Entity> Entities, bool Truncated) Expand(
        IReadOnlyList<Entity> seeds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits,
        Func<string, IReadOnlyList<Relationship>> adjacencyOf, Func<string, Entity> entityOf)
    {
        var walk = new BreadthFirst(seeds, limit);
        for (var hop = 0; hop < depth && walk.CanGoOn; hop++)
        {
            walk.Hop(adjacencyOf, entityOf, entityFits, relationshipFits);
        }

        return (walk.Order, walk.Truncated);
    }

    /// <summary>The breadth-first expansion's state and its one rule per hop, shared by both ways of reading adjacency.</summary>
    private sealed class BreadthFirst
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly int _limit;

        public BreadthFirst(IReadOnlyList<Entity> seeds, int limit)
        {
            _limit = limit;
            foreach (var seed in seeds.DistinctBy(s => s.Id))
            {
                if (Order.Count >= limit)
                {
                    Truncated = true;
                    break;
                }

                _seen.Add(seed.Id);
                Order.Add(seed);
                Frontier.Add(seed.Id);
            }
        }

        public List<Entity> Order { get; } = [];

        public List<string> Frontier { get; private set; } = [];

        public bool Truncated { get; private set; }

        public bool CanGoOn => Frontier.Count > 0 && !Truncated;

        public void Hop(
            Func<string, IReadOnlyList<Relationship>> adjacencyOf, Func<string, Entity> entityOf, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits)
        {
            var next = new List<string>();
            foreach (var id in Frontier)
            {
                foreach (var relationship in adjacencyOf(id))
                {
                    if (!relationshipFits(relationship))
                    {
                        continue;
                    }

                    var other = relationship.SourceId == id ? relationship.TargetId : relationship.SourceId;
                    if (_seen.Contains(other) || !entityFits(entityOf(other)))
                    {
                        continue;
                    }

                    if (Order.Count >= _limit)
                    {
                        Truncated = true;
                        break;
                    }

                    _seen.Add(other);
                    Order.Add(entityOf(other));
                    next.Add(other);
                }
            }

            Frontier = next;
        }
    }

    /// <summary>All shortest undirected paths: one breadth-first pass, then a walk back over the predecessor relationships.</summary>
    public static async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(
        Entity from, Entity to, int maxDepth, int limit, AdjacencyReader read, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        if (from.Id == to.Id)
        {
            return [new GraphPath([from], [])];
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal) { [from.Id] = from, [to.Id] = to };
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [from.Id] = 0 };
        var predecessors = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        List<string> frontier = [from.Id];
        for (var hop = 1; hop <= maxDepth && frontier.Count > 0 && !distance.ContainsKey(to.Id); hop++)
        {
            var next = new List<string>();
            var adjacency = await read(frontier, entities, cancellationToken);
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
        if (distance.ContainsKey(to.Id))
        {
            Walk(to.Id, from.Id, predecessors, entities, [], [to], paths, limit);
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
}
