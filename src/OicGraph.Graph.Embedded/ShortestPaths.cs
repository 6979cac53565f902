using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>All shortest undirected paths between two entities: one breadth-first pass, then a walk back over the predecessor edges.</summary>
internal static class ShortestPaths
{
    public static IReadOnlyList<GraphPath> Find(GraphState state, string fromId, string toId, int maxDepth, int limit)
    {
        if (!state.Entities.TryGetValue(fromId, out var from) || !state.Entities.TryGetValue(toId, out var to) || limit <= 0)
        {
            return [];
        }

        if (fromId == toId)
        {
            return [new GraphPath([from], [])];
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [fromId] = 0 };
        var predecessors = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        var frontier = new List<string> { fromId };
        for (var hop = 1; hop <= maxDepth && frontier.Count > 0 && !distance.ContainsKey(toId); hop++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in state.RelationshipIdsOf(id, Direction.Both).Order(StringComparer.Ordinal).Select(r => state.Relationships[r]))
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

        if (!distance.ContainsKey(toId))
        {
            return [];
        }

        var paths = new List<GraphPath>();
        Walk(state, toId, fromId, predecessors, [], [to], paths, limit);
        return paths;
    }

    private static void Walk(GraphState state, string at, string fromId, Dictionary<string, List<Relationship>> predecessors, List<Relationship> hops, List<Entity> entities, List<GraphPath> paths, int limit)
    {
        if (paths.Count >= limit)
        {
            return;
        }

        if (at == fromId)
        {
            paths.Add(new GraphPath([.. Enumerable.Reverse(entities)], [.. Enumerable.Reverse(hops)]));
            return;
        }

        foreach (var relationship in predecessors[at])
        {
            var previous = relationship.SourceId == at ? relationship.TargetId : relationship.SourceId;
            hops.Add(relationship);
            entities.Add(state.Entities[previous]);
            Walk(state, previous, fromId, predecessors, hops, entities, paths, limit);
            hops.RemoveAt(hops.Count - 1);
            entities.RemoveAt(entities.Count - 1);
        }
    }
}
