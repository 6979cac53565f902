using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal readonly record struct Step(RelRecord Rel, NodeRecord To);

internal sealed partial class Matcher
{
    private int StartCost(NodePattern pattern, Row row)
    {
        if (pattern.Variable is not null && row.TryGetValue(pattern.Slot, pattern.Variable, out _))
        {
            return 0;
        }

        if (pattern.Labels.Count > 0 && IdLookup(pattern, row) is not null)
        {
            return 1;
        }

        return pattern.Labels.Count > 0 ? 2 + pattern.Labels.Min(Graph.LabelCount) : int.MaxValue;
    }

    private object? IdLookup(NodePattern pattern, Row row)
    {
        if (pattern.Properties is MapLiteral map)
        {
            foreach (var (key, value) in map.Entries)
            {
                if (key == PropertyGraph.IdKey && value is Literal or Parameter or PropertyAccess or Variable)
                {
                    try
                    {
                        return evaluator.Eval(value, row) is var id && id is string or long ? id : null;
                    }
                    catch (OicGraph.Graph.Cypher.CypherQueryException)
                    {
                        return null;
                    }
                }
            }
        }

        return null;
    }

    // No defensive copies here: reads never overlap writes (write clauses drain their input before changing the graph);
    // under a lock hook, where a waiting statement lets others write, the graph itself hands out copies of its node sets.
    private IEnumerable<NodeRecord> NodeCandidates(NodePattern pattern, Row row)
    {
        if (pattern.Variable is not null && row.TryGetValue(pattern.Slot, pattern.Variable, out var bound))
        {
            return bound switch
            {
                NodeRecord node => [node],
                null => [],
                _ => throw CypherErrors.Type($"Variable `{pattern.Variable}` is not a node"),
            };
        }

        if (pattern.Labels.Count > 0)
        {
            var id = IdLookup(pattern, row);
            if (id is not null)
            {
                var hits = Graph.NodesById(pattern.Labels[0], id);
                if (hits is not null)
                {
                    return hits;
                }
            }

            var label = pattern.Labels.MinBy(Graph.LabelCount)!;
            return Graph.NodesWithLabel(label);
        }

        return Graph.AllNodes;
    }

    private IEnumerable<(List<Step> Steps, NodeRecord End)> Expand(RelPattern pattern, NodeRecord from, Row work, HashSet<RelRecord> used)
    {
        if (!pattern.VarLength)
        {
            // One list for every single hop: the caller reads it only before asking for the next one.
            var one = new List<Step>(1);
            foreach (var step in Neighbours(pattern, from, work, used))
            {
                one.Clear();
                one.Add(step);
                yield return (one, step.To);
            }

            yield break;
        }

        var min = pattern.MinHops ?? 1;
        var max = pattern.MaxHops ?? int.MaxValue;
        foreach (var result in VarLength(pattern, from, work, used, [], [], min, max))
        {
            yield return result;
        }
    }

    /// <summary>
    /// Depth-first over relationship-unique paths, yielding each one of min..max steps in the order a recursive search would.
    /// The search keeps its own stack: a path can be as long as the graph has relationships, far more than a thread's stack holds.
    /// </summary>
    private IEnumerable<(List<Step> Steps, NodeRecord End)> VarLength(
        RelPattern pattern,
        NodeRecord from,
        Row work,
        HashSet<RelRecord> used,
        HashSet<RelRecord> local,
        List<Step> steps,
        int min,
        int max)
    {
        if (min == 0)
        {
            yield return ([], from);
        }

        if (max == 0)
        {
            yield break;
        }

        // Invariant: steps.Count == pending.Count - 1; pending[^1] walks the neighbours of the path's last node.
        var pending = new List<IEnumerator<Step>> { Neighbours(pattern, from, work, used).GetEnumerator() };
        try
        {
            while (pending.Count > 0)
            {
                evaluator.Context.Tick();
                var neighbours = pending[^1];
                if (!neighbours.MoveNext())
                {
                    neighbours.Dispose();
                    pending.RemoveAt(pending.Count - 1);
                    if (steps.Count > 0)
                    {
                        local.Remove(steps[^1].Rel);
                        steps.RemoveAt(steps.Count - 1);
                    }

                    continue;
                }

                var step = neighbours.Current;
                if (!local.Add(step.Rel))
                {
                    continue;
                }

                steps.Add(step);
                if (steps.Count >= min)
                {
                    yield return ([.. steps], step.To);
                }

                if (steps.Count >= max)
                {
                    local.Remove(step.Rel);
                    steps.RemoveAt(steps.Count - 1);
                    continue;
                }

                pending.Add(Neighbours(pattern, step.To, work, used).GetEnumerator());
            }
        }
        finally
        {
            foreach (var neighbours in pending)
            {
                neighbours.Dispose();
            }
        }
    }

    private IEnumerable<Step> Neighbours(RelPattern pattern, NodeRecord from, Row work, HashSet<RelRecord> used)
    {
        if (pattern.Direction != Direction.Incoming)
        {
            foreach (var rel in from.Outgoing)
            {
                if (RelMatches(pattern, rel, work, used))
                {
                    yield return new Step(rel, rel.End);
                }
            }
        }

        if (pattern.Direction != Direction.Outgoing)
        {
            foreach (var rel in from.Incoming)
            {
                // A self-loop was already produced from the outgoing list.
                if ((pattern.Direction == Direction.Incoming || !ReferenceEquals(rel.Start, rel.End)) && RelMatches(pattern, rel, work, used))
                {
                    yield return new Step(rel, rel.Start);
                }
            }
        }
    }

    // A loop rather than Enumerable.Contains with a comparer, which allocates an enumerator for every relationship tried.
    private static bool HasType(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool RelMatches(RelPattern pattern, RelRecord rel, Row work, HashSet<RelRecord> used)
    {
        if (rel.Deleted || used.Contains(rel))
        {
            return false;
        }

        if (pattern.Types.Count > 0 && !HasType(pattern.Types, rel.Type))
        {
            return false;
        }

        if (!pattern.VarLength && pattern.Variable is not null && work.TryGetValue(pattern.Slot, pattern.Variable, out var bound))
        {
            if (bound is not RelRecord boundRel || boundRel.Id != rel.Id)
            {
                return false;
            }
        }

        return PropertiesMatch(pattern.Properties, rel, work);
    }
}
