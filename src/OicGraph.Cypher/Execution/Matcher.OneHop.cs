using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class Matcher
{
    /// <summary>
    /// A pattern of one fixed-length relationship, the commonest shape: its start candidates, their relationships and
    /// the far node are walked in one iterator. The general chain (MatchChain, Extend, Expand, Neighbours) costs four
    /// nested state machines per matched row; the order of rows, the checks and the ticks are the same.
    /// </summary>
    private IEnumerable<Row> MatchOneHop(PatternPart part, NodePattern first, RelPattern hop, NodePattern second, bool reversed, Row row, HashSet<RelRecord> used, bool borrow)
    {
        var work = new Row(row);
        var record = !ReferenceEquals(used, NoOtherRelationshipPattern);
        var firstMask = LabelMask(first);
        var secondMask = LabelMask(second);
        foreach (var start in NodeCandidates(first, work))
        {
            evaluator.Context.Tick();
            if (!TryBindNode(first, firstMask, start, work, out var startBound))
            {
                continue;
            }

            // Outgoing relationships first, then incoming ones, as Neighbours gives them.
            for (var side = 0; side < 2; side++)
            {
                var incoming = side == 1;
                if (incoming ? hop.Direction == Direction.Outgoing : hop.Direction == Direction.Incoming)
                {
                    continue;
                }

                foreach (var rel in incoming ? start.Incoming : start.Outgoing)
                {
                    // An undirected pattern already met a self-loop among the outgoing relationships.
                    if ((incoming && hop.Direction == Direction.Both && ReferenceEquals(rel.Start, rel.End)) || !RelMatches(hop, rel, work, used))
                    {
                        continue;
                    }

                    evaluator.Context.Tick();
                    var end = incoming ? rel.Start : rel.End;
                    if (!TryBindNode(second, secondMask, end, work, out var endBound))
                    {
                        continue;
                    }

                    // RelMatches already refused a relationship other than the one the variable is bound to.
                    var relBound = hop.Variable is not null && !work.TryGetValue(hop.Slot, hop.Variable, out _);
                    if (relBound)
                    {
                        work.Set(hop.Slot, hop.Variable!, rel);
                    }

                    if (record)
                    {
                        used.Add(rel);
                    }

                    yield return borrow ? work
                        : part.PathVariable is null ? new Row(work)
                        : Complete(part, reversed, work, [start, end], [rel]);

                    if (record)
                    {
                        used.Remove(rel);
                    }

                    Unbind(hop.Variable, hop.Slot, relBound, work);
                    Unbind(second.Variable, second.Slot, endBound, work);
                }
            }

            Unbind(first.Variable, first.Slot, startBound, work);
        }
    }
}
