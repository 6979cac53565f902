using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class Matcher
{
    /// <summary>
    /// Shortest paths that satisfy the MATCH's path predicate: trails of length 1, 2, ... are tried in turn and the
    /// search stops at the first length with a satisfying path (one for shortestPath, all of them for allShortestPaths).
    /// </summary>
    private IEnumerable<Row> ConstrainedShortest(
        PatternPart part,
        NodeRecord start,
        NodeRecord end,
        int min,
        int max,
        Row work,
        PathConstraint constraint)
    {
        // Same conventions as the unconstrained search: a path from a node to itself only when zero hops are allowed.
        if ((ReferenceEquals(start, end) && min > 0)
            || !constraint.NodeAllowed(evaluator, start, work)
            || !constraint.NodeAllowed(evaluator, end, work))
        {
            yield break;
        }

        var relAllowed = new Dictionary<RelRecord, bool>();
        bool RelAllowed(RelRecord rel)
        {
            if (!relAllowed.TryGetValue(rel, out var allowed))
            {
                allowed = constraint.RelAllowed(evaluator, rel, work);
                relAllowed[rel] = allowed;
            }

            return allowed;
        }

        // A trail never repeats a relationship, so none is longer than the graph has relationships.
        max = Math.Min(Math.Min(max, constraint.MaxLength), Graph.RelationshipCount);
        min = Math.Max(min, constraint.MinLength);
        if (min > max)
        {
            yield break;
        }

        var pattern = part.Rels[0];
        var distance = DistancesTo(pattern, end, max, work, constraint, RelAllowed);
        if (!distance.TryGetValue(start, out var nearest))
        {
            yield break;
        }

        var search = new TrailSearch(pattern, end, distance, work, RelAllowed, [start], [], []);
        for (var length = Math.Max(min, nearest); length <= max; length++)
        {
            var found = false;
            foreach (var path in Trails(search, length))
            {
                var result = BindPath(part, path, work);
                if (!constraint.Accepts(evaluator, result))
                {
                    continue;
                }

                found = true;
                yield return result;
                if (part.Kind == PathKind.Shortest)
                {
                    yield break;
                }
            }

            if (found)
            {
                yield break;
            }
        }
    }

    /// <summary>Hops from each node to <paramref name="end"/> through allowed nodes and relationships, up to max.</summary>
    private Dictionary<NodeRecord, int> DistancesTo(
        RelPattern pattern,
        NodeRecord end,
        int max,
        Row work,
        PathConstraint constraint,
        Func<RelRecord, bool> relAllowed)
    {
        var backwards = Flip(pattern);
        var distance = new Dictionary<NodeRecord, int> { [end] = 0 };
        var rejected = new HashSet<NodeRecord>();
        var frontier = new List<NodeRecord> { end };
        var none = new HashSet<RelRecord>();
        for (var level = 1; level <= max && frontier.Count > 0; level++)
        {
            var next = new List<NodeRecord>();
            foreach (var node in frontier)
            {
                foreach (var step in Neighbours(backwards, node, work, none))
                {
                    evaluator.Context.Tick();
                    if (distance.ContainsKey(step.To) || rejected.Contains(step.To) || !relAllowed(step.Rel))
                    {
                        continue;
                    }

                    if (!constraint.NodeAllowed(evaluator, step.To, work))
                    {
                        rejected.Add(step.To);
                        continue;
                    }

                    distance[step.To] = level;
                    next.Add(step.To);
                }
            }

            frontier = next;
        }

        return distance;
    }

    /// <summary>The state of one depth-first trail enumeration; Nodes, Rels and Used grow and shrink with the path.</summary>
    private sealed record TrailSearch(
        RelPattern Pattern,
        NodeRecord End,
        Dictionary<NodeRecord, int> Distance,
        Row Work,
        Func<RelRecord, bool> RelAllowed,
        List<NodeRecord> Nodes,
        List<RelRecord> Rels,
        HashSet<RelRecord> Used);

    /// <summary>Trails of exactly <paramref name="length"/> hops from the search's current node to its end.</summary>
    private IEnumerable<PathValue> Trails(TrailSearch search, int length)
    {
        var current = search.Nodes[^1];
        if (search.Rels.Count == length)
        {
            if (ReferenceEquals(current, search.End))
            {
                yield return new PathValue([.. search.Nodes], [.. search.Rels]);
            }

            yield break;
        }

        foreach (var step in Neighbours(search.Pattern, current, search.Work, search.Used))
        {
            evaluator.Context.Tick();

            // Prune a step from which the end is out of reach in the hops left (or only through disallowed nodes).
            if (!search.Distance.TryGetValue(step.To, out var left)
                || search.Rels.Count + 1 + left > length
                || !search.RelAllowed(step.Rel))
            {
                continue;
            }

            search.Used.Add(step.Rel);
            search.Rels.Add(step.Rel);
            search.Nodes.Add(step.To);
            foreach (var path in Trails(search, length))
            {
                yield return path;
            }

            search.Used.Remove(step.Rel);
            search.Rels.RemoveAt(search.Rels.Count - 1);
            search.Nodes.RemoveAt(search.Nodes.Count - 1);
        }
    }
}
