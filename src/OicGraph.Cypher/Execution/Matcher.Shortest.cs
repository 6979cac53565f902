using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class Matcher
{
    /// <summary>shortestPath / allShortestPaths between every pair of candidate endpoints.</summary>
    private IEnumerable<Row> ShortestPaths(PatternPart part, Row row, PathConstraint? constraint)
    {
        if (part.Nodes.Count != 2)
        {
            throw CypherErrors.Syntax("shortestPath requires a pattern with a single relationship");
        }

        var relPattern = part.Rels[0];
        var min = relPattern.VarLength ? relPattern.MinHops ?? 1 : 1;
        var max = relPattern.VarLength ? relPattern.MaxHops ?? int.MaxValue : 1;
        var work = new Row(row);
        foreach (var start in NodeCandidates(part.Nodes[0], work))
        {
            if (!TryBindNode(part.Nodes[0], start, work, out var startBound))
            {
                continue;
            }

            foreach (var end in NodeCandidates(part.Nodes[1], work))
            {
                evaluator.Context.Tick();
                if (!TryBindNode(part.Nodes[1], end, work, out var endBound))
                {
                    continue;
                }

                var results = constraint is null
                    ? Bfs(relPattern, start, end, min, max, work)
                        .Take(part.Kind == PathKind.Shortest ? 1 : int.MaxValue)
                        .Select(path => BindPath(part, path, work))
                    : ConstrainedShortest(part, start, end, min, max, work, constraint);
                foreach (var result in results)
                {
                    yield return result;
                }

                Unbind(part.Nodes[1].Variable, part.Nodes[1].Slot, endBound, work);
            }

            Unbind(part.Nodes[0].Variable, part.Nodes[0].Slot, startBound, work);
        }
    }

    private static Row BindPath(PatternPart part, PathValue path, Row work)
    {
        var result = new Row(work);
        if (part.PathVariable is not null)
        {
            result[part.PathVariable] = path;
        }

        var relPattern = part.Rels[0];
        if (relPattern.Variable is not null)
        {
            result[relPattern.Variable] = relPattern.VarLength ? path.Rels.Cast<object?>().ToList() : path.Rels[0];
        }

        return result;
    }

    private List<PathValue> Bfs(RelPattern pattern, NodeRecord start, NodeRecord end, int min, int max, Row work)
    {
        if (min == 0 && ReferenceEquals(start, end))
        {
            return [new PathValue([start], [])];
        }

        // Level-synchronous search keeping every shortest predecessor so allShortestPaths can enumerate them.
        var depth = new Dictionary<NodeRecord, int> { [start] = 0 };
        var parents = new Dictionary<NodeRecord, List<Step>>();
        var frontier = new List<NodeRecord> { start };
        var level = 0;
        var none = new HashSet<RelRecord>();
        while (frontier.Count > 0 && level < max && !depth.ContainsKey(end))
        {
            level++;
            var next = new List<NodeRecord>();
            foreach (var node in frontier)
            {
                foreach (var step in Neighbours(pattern, node, work, none))
                {
                    evaluator.Context.Tick();
                    if (depth.TryGetValue(step.To, out var d) && d < level)
                    {
                        continue;
                    }

                    if (!depth.ContainsKey(step.To))
                    {
                        depth[step.To] = level;
                        next.Add(step.To);
                    }

                    if (!parents.TryGetValue(step.To, out var list))
                    {
                        list = [];
                        parents[step.To] = list;
                    }

                    list.Add(new Step(step.Rel, node));
                }
            }

            frontier = next;
        }

        var paths = new List<PathValue>();
        if (!depth.ContainsKey(end) || ReferenceEquals(start, end))
        {
            return paths;
        }

        var nodes = new List<NodeRecord> { end };
        var rels = new List<RelRecord>();
        Backtrack(end, start, parents, nodes, rels, paths);
        return paths;
    }

    private static void Backtrack(
        NodeRecord current,
        NodeRecord start,
        Dictionary<NodeRecord, List<Step>> parents,
        List<NodeRecord> nodes,
        List<RelRecord> rels,
        List<PathValue> paths)
    {
        if (ReferenceEquals(current, start))
        {
            paths.Add(new PathValue(nodes.AsEnumerable().Reverse().ToList(), rels.AsEnumerable().Reverse().ToList()));
            return;
        }

        foreach (var parent in parents[current])
        {
            nodes.Add(parent.To);
            rels.Add(parent.Rel);
            Backtrack(parent.To, start, parents, nodes, rels, paths);
            nodes.RemoveAt(nodes.Count - 1);
            rels.RemoveAt(rels.Count - 1);
        }
    }
}
