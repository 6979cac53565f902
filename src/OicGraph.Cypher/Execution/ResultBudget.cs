using System.Text;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// Counts the result's approximate JSON size as its rows are produced, so a small query that returns huge values
/// (<c>reduce(s = 'x', i IN range(1, 23) | s + s)</c> on 50 rows is 400 MB) fails after the first rows over the cap
/// instead of holding all of them in memory first.
/// </summary>
internal sealed class ResultBudget(long maxBytes)
{
    private long _used;

    public object?[] Count(object?[] row)
    {
        foreach (var cell in row)
        {
            _used += Estimate(cell, 0) + 1;
        }

        if (_used > maxBytes)
        {
            throw new OicGraph.Graph.Cypher.CypherQueryException(
                CypherErrors.ResultTooLargeCode,
                $"The result is larger than {maxBytes:N0} bytes (the response size limit).");
        }

        return row;
    }

    // Depth is bounded by the value depth cap; the guard keeps a stray value from recursing further.
    private static long Estimate(object? value, int depth) => depth > CypherLimits.MaxValueDepth + 2 ? 0 : value switch
    {
        null => 4,
        bool => 5,
        long or double => 20,
        string text => Encoding.UTF8.GetByteCount(text) + 2,
        NodeRecord node => 64 + node.Labels.Sum(l => l.Length + 3) + Properties(node.Properties, depth),
        RelRecord rel => 96 + rel.Type.Length + Properties(rel.Properties, depth),
        PathValue path => 32 + path.Nodes.Sum(n => Estimate(n, depth + 1)) + path.Rels.Sum(r => Estimate(r, depth + 1)),
        IReadOnlyDictionary<string, object?> map => 2 + Properties(map, depth),
        IReadOnlyList<object?> list => 2 + list.Sum(item => Estimate(item, depth + 1) + 1),
        _ => 16,
    };

    private static long Properties(IEnumerable<KeyValuePair<string, object?>> properties, int depth) =>
        properties.Sum(p => p.Key.Length + 4 + Estimate(p.Value, depth + 1));
}
