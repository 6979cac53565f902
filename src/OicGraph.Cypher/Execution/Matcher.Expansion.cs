using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal readonly record struct Step(RelRecord Rel, NodeRecord To);

internal sealed partial class Matcher
{
    private int StartCost(NodePattern pattern, Row row)
    {
        if (pattern.Variable is not null && row.ContainsKey(pattern.Variable))
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

    // No defensive copies: reads never overlap writes (write clauses drain their input before changing the graph).
    private IEnumerable<NodeRecord> NodeCandidates(NodePattern pattern, Row row)
    {
        if (pattern.Variable is not null && row.TryGetValue(pattern.Variable, out var bound))
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
            foreach (var step in Neighbours(pattern, from, work, used))
            {
                yield return ([step], step.To);
            }

            yield break;
        }

        var min = pattern.MinHops ?? 1;
        var max = pattern.MaxHops ?? int.MaxValue;
        var steps = new List<Step>();
        var local = new HashSet<RelRecord>();
        foreach (var result in VarLength(pattern, from, work, used, local, steps, min, max))
        {
            yield return result;
        }
    }

    private IEnumerable<(List<Step> Steps, NodeRecord End)> VarLength(
        RelPattern pattern,
        NodeRecord current,
        Row work,
        HashSet<RelRecord> used,
        HashSet<RelRecord> local,
        List<Step> steps,
        int min,
        int max)
    {
        if (steps.Count >= min)
        {
            yield return ([.. steps], current);
        }

        if (steps.Count >= max)
        {
            yield break;
        }

        foreach (var step in Neighbours(pattern, current, work, used))
        {
            if (!local.Add(step.Rel))
            {
                continue;
            }

            steps.Add(step);
            foreach (var result in VarLength(pattern, step.To, work, used, local, steps, min, max))
            {
                yield return result;
            }

            steps.RemoveAt(steps.Count - 1);
            local.Remove(step.Rel);
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

    private bool RelMatches(RelPattern pattern, RelRecord rel, Row work, HashSet<RelRecord> used)
    {
        if (rel.Deleted || used.Contains(rel))
        {
            return false;
        }

        if (pattern.Types.Count > 0 && !pattern.Types.Contains(rel.Type, StringComparer.Ordinal))
        {
            return false;
        }

        if (!pattern.VarLength && pattern.Variable is not null && work.TryGetValue(pattern.Variable, out var bound))
        {
            if (bound is not RelRecord boundRel || boundRel.Id != rel.Id)
            {
                return false;
            }
        }

        return PropertiesMatch(pattern.Properties, rel, work);
    }
}
