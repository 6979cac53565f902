using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// Backtracking pattern matcher. Relationships are unique within one MATCH (openCypher's relationship isomorphism);
/// each part starts from its cheapest end: a bound variable, then the id index, then the smallest label.
/// </summary>
internal sealed partial class Matcher(Evaluator evaluator)
{
    private PropertyGraph Graph => evaluator.Context.Graph;

    public IEnumerable<Row> MatchAll(IReadOnlyList<PatternPart> parts, Row row) => MatchFrom(parts, 0, row, [], null);

    public IEnumerable<Row> MatchAll(MatchPlan plan, Row row) => MatchFrom(plan.Parts, 0, row, UsedSet(plan.Parts), plan.Constraints);

    /// <summary>
    /// Like <see cref="MatchAll(MatchPlan, Row)"/>, but each row is lent, not given: it is the matcher's working row and
    /// changes when the next one is asked for. For a consumer that reads each row once (an aggregation copies only a
    /// group's first row), this saves a dictionary copy per match.
    /// </summary>
    public IEnumerable<Row> MatchAllBorrowed(MatchPlan plan, Row row) => plan.Parts.Count == 1
        ? MatchPart(plan.Parts[0], row, UsedSet(plan.Parts), plan.Constraints.GetValueOrDefault(plan.Parts[0]), borrow: true)
        : MatchFrom(plan.Parts, 0, row, UsedSet(plan.Parts), plan.Constraints, borrow: true);

    /// <summary>
    /// Stands for the relationships used so far when a MATCH has one relationship pattern: no other pattern can reuse
    /// what it binds (a variable-length one keeps its own path unique), so nothing is recorded. It is never added to.
    /// </summary>
    private static readonly HashSet<RelRecord> NoOtherRelationshipPattern = [];

    // Relationship isomorphism costs a set insertion and removal per matched relationship; one pattern needs neither.
    private static HashSet<RelRecord> UsedSet(IReadOnlyList<PatternPart> parts)
    {
        var relationshipPatterns = 0;
        foreach (var part in parts)
        {
            relationshipPatterns += part.Kind == PathKind.Normal ? part.Rels.Count : 2;
        }

        return relationshipPatterns <= 1 ? NoOtherRelationshipPattern : [];
    }

    private IEnumerable<Row> MatchFrom(
        IReadOnlyList<PatternPart> parts,
        int index,
        Row row,
        HashSet<RelRecord> used,
        IReadOnlyDictionary<PatternPart, PathConstraint>? constraints,
        bool borrow = false)
    {
        if (index == parts.Count)
        {
            yield return row;
            yield break;
        }

        var constraint = constraints?.GetValueOrDefault(parts[index]);
        // Only the last part lends its row: an earlier part's row is the start of the next part's search.
        var last = index == parts.Count - 1;
        foreach (var next in MatchPart(parts[index], row, used, constraint, borrow && last))
        {
            // The last part's rows are the results: no nested iterator per row just to hand each one on.
            if (last)
            {
                yield return next;
                continue;
            }

            foreach (var result in MatchFrom(parts, index + 1, next, used, constraints, borrow))
            {
                yield return result;
            }
        }
    }

    public IEnumerable<Row> MatchPart(PatternPart part, Row row, HashSet<RelRecord> used, PathConstraint? constraint = null, bool borrow = false)
    {
        if (part.Kind != PathKind.Normal)
        {
            return ShortestPaths(part, row, constraint);
        }

        var reversed = part.Nodes.Count > 1 && StartCost(part.Nodes[^1], row) < StartCost(part.Nodes[0], row);
        var nodes = reversed ? part.Nodes.Reverse().ToList() : part.Nodes;
        var rels = reversed ? part.Rels.Reverse().Select(Flip).ToList() : part.Rels;
        borrow &= part.PathVariable is null;
        return rels is [{ VarLength: false } hop]
            ? MatchOneHop(part, nodes[0], hop, nodes[1], reversed, row, used, borrow)
            : MatchChain(part, nodes, rels, reversed, row, used, borrow);
    }

    private static RelPattern Flip(RelPattern rel) => rel with
    {
        Direction = rel.Direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        },
    };

    private IEnumerable<Row> MatchChain(
        PatternPart part,
        IReadOnlyList<NodePattern> nodes,
        IReadOnlyList<RelPattern> rels,
        bool reversed,
        Row row,
        HashSet<RelRecord> used,
        bool borrow)
    {
        var work = new Row(row);
        var pathNodes = new List<NodeRecord>();
        var pathRels = new List<RelRecord>();
        foreach (var start in NodeCandidates(nodes[0], work))
        {
            evaluator.Context.Tick();
            if (!TryBindNode(nodes[0], start, work, out var boundHere))
            {
                continue;
            }

            pathNodes.Add(start);
            foreach (var result in Extend(part, nodes, rels, reversed, 0, start, work, used, pathNodes, pathRels, borrow))
            {
                yield return result;
            }

            pathNodes.RemoveAt(pathNodes.Count - 1);
            Unbind(nodes[0].Variable, nodes[0].Slot, boundHere, work);
        }
    }

    private IEnumerable<Row> Extend(
        PatternPart part,
        IReadOnlyList<NodePattern> nodes,
        IReadOnlyList<RelPattern> rels,
        bool reversed,
        int relIndex,
        NodeRecord current,
        Row work,
        HashSet<RelRecord> used,
        List<NodeRecord> pathNodes,
        List<RelRecord> pathRels,
        bool borrow)
    {
        if (relIndex == rels.Count)
        {
            yield return borrow ? work : Complete(part, reversed, work, pathNodes, pathRels);
            yield break;
        }

        var relPattern = rels[relIndex];
        var nextNode = nodes[relIndex + 1];
        foreach (var (steps, end) in Expand(relPattern, current, work, used))
        {
            evaluator.Context.Tick();
            if (!TryBindNode(nextNode, end, work, out var nodeBound))
            {
                continue;
            }

            var relBound = false;
            if (relPattern.Variable is not null)
            {
                object value = relPattern.VarLength
                    ? (reversed ? steps.AsEnumerable().Reverse() : steps).Select(s => (object?)s.Rel).ToList()
                    : steps[0].Rel;
                if (work.TryGetValue(relPattern.Slot, relPattern.Variable, out var existing))
                {
                    if (Values.Equal(existing, value) != true)
                    {
                        Unbind(nextNode.Variable, nextNode.Slot, nodeBound, work);
                        continue;
                    }
                }
                else
                {
                    work.Set(relPattern.Slot, relPattern.Variable, value);
                    relBound = true;
                }
            }

            var record = !ReferenceEquals(used, NoOtherRelationshipPattern);
            foreach (var step in steps)
            {
                if (record)
                {
                    used.Add(step.Rel);
                }

                pathRels.Add(step.Rel);
                pathNodes.Add(step.To);
            }

            // The last hop completes the row here: one iterator less per matched row.
            if (relIndex + 1 == rels.Count)
            {
                yield return borrow ? work : Complete(part, reversed, work, pathNodes, pathRels);
            }
            else
            {
                foreach (var result in Extend(part, nodes, rels, reversed, relIndex + 1, end, work, used, pathNodes, pathRels, borrow))
                {
                    yield return result;
                }
            }

            foreach (var step in steps)
            {
                if (record)
                {
                    used.Remove(step.Rel);
                }

                pathRels.RemoveAt(pathRels.Count - 1);
                pathNodes.RemoveAt(pathNodes.Count - 1);
            }

            Unbind(relPattern.Variable, relPattern.Slot, relBound, work);
            Unbind(nextNode.Variable, nextNode.Slot, nodeBound, work);
        }
    }

    /// <summary>The row a whole pattern bound: a copy of the work row, with the path when the pattern names one.</summary>
    private static Row Complete(PatternPart part, bool reversed, Row work, List<NodeRecord> pathNodes, List<RelRecord> pathRels)
    {
        var result = new Row(work);
        if (part.PathVariable is not null)
        {
            var pn = reversed ? pathNodes.AsEnumerable().Reverse().ToList() : [.. pathNodes];
            var pr = reversed ? pathRels.AsEnumerable().Reverse().ToList() : [.. pathRels];
            result[part.PathVariable] = new PathValue(pn, pr);
        }

        return result;
    }

    private static void Unbind(string? variable, int slot, bool boundHere, Row work)
    {
        if (boundHere && variable is not null)
        {
            work.Unset(slot, variable);
        }
    }

    private bool TryBindNode(NodePattern pattern, NodeRecord node, Row work, out bool boundHere) =>
        TryBindNode(pattern, 0, node, work, out boundHere);

    /// <param name="labelMask">The pattern's <see cref="LabelMask"/>, or 0 to test its labels by name.</param>
    private bool TryBindNode(NodePattern pattern, ulong labelMask, NodeRecord node, Row work, out bool boundHere)
    {
        boundHere = false;
        var labelled = labelMask != 0 ? (node.LabelBits & labelMask) == labelMask : HasLabels(node, pattern.Labels);
        if (node.Deleted || !labelled || !PropertiesMatch(pattern.Properties, node, work))
        {
            return false;
        }

        if (pattern.Variable is null)
        {
            return true;
        }

        if (work.TryGetValue(pattern.Slot, pattern.Variable, out var existing))
        {
            return existing is NodeRecord bound && bound.Id == node.Id;
        }

        work.Set(pattern.Slot, pattern.Variable, node);
        boundHere = true;
        return true;
    }

    /// <summary>
    /// The bits of all of a pattern's labels, or 0 when it has none or one of them has no bit (then it is tested by name).
    /// Worked out when a match starts: a label given its bit later was not on any node before, so a pattern that saw it
    /// without one keeps testing by name, which stays right.
    /// </summary>
    private ulong LabelMask(NodePattern pattern)
    {
        ulong mask = 0;
        foreach (var label in pattern.Labels)
        {
            var bit = Graph.LabelBit(label);
            if (bit == 0)
            {
                return 0;
            }

            mask |= bit;
        }

        return mask;
    }

    // Loops rather than Labels.All(node.HasLabel), which allocates a delegate for every node tried, and rather than
    // NodeRecord.HasLabel's Enumerable.Contains with a comparer, which goes through the list's interface per label.
    private static bool HasLabels(NodeRecord node, IReadOnlyList<string> labels)
    {
        var own = node.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            var found = false;
            for (var j = 0; j < own.Count && !found; j++)
            {
                found = string.Equals(own[j], labels[i], StringComparison.Ordinal);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    public bool PropertiesMatch(Expr? properties, GraphEntity entity, Row work)
    {
        if (properties is null)
        {
            return true;
        }

        var map = evaluator.Eval(properties, work) as IReadOnlyDictionary<string, object?>
            ?? throw CypherErrors.Type("Pattern properties must be a map");
        foreach (var (key, expected) in map)
        {
            if (Values.Equal(entity.Properties.GetValueOrDefault(key), expected) != true)
            {
                return false;
            }
        }

        return true;
    }
}
