using System.Globalization;
using System.Text;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests.Tck;

internal sealed partial class TckValues
{
    /// <summary>Public result values to the TCK model, so both sides share one renderer.</summary>
    public static object? FromResult(object? value) => value switch
    {
        CypherNode n => new TckNode(n.Labels, n.Properties),
        CypherRelationship r => new TckRel(r.Type, r.Properties),
        CypherPath p => new TckPath(
            p.Nodes.Select(n => (TckNode)FromResult(n)!).ToList(),
            p.Relationships.Select((r, i) => ((TckRel)FromResult(r)!, r.StartElementId == p.Nodes[i].ElementId)).ToList()),
        IReadOnlyList<object?> list => list.Select(FromResult).ToList(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => FromResult(e.Value)),
        _ => value,
    };

    public static string Render(object? value, bool ignoreListOrder) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => "f" + (double.IsNaN(d) ? "NaN" : d.ToString("R", CultureInfo.InvariantCulture)),
        string s => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        TckNode n => "(" + string.Concat(n.Labels.Order(StringComparer.Ordinal).Select(l => ":" + l)) + RenderProps(n.Properties, ignoreListOrder) + ")",
        TckRel r => "[:" + r.Type + RenderProps(r.Properties, ignoreListOrder) + "]",
        TckPath p => "<" + Render(p.Nodes[0], ignoreListOrder) + string.Concat(p.Rels.Select((r, i) =>
            (r.Forward ? "-" : "<-") + Render(r.Rel, ignoreListOrder) + (r.Forward ? "->" : "-") + Render(p.Nodes[i + 1], ignoreListOrder))) + ">",
        IReadOnlyList<object?> list => "[" + string.Join(", ", ignoreListOrder
            ? list.Select(v => Render(v, true)).Order(StringComparer.Ordinal)
            : list.Select(v => Render(v, false))) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key + ": " + Render(e.Value, ignoreListOrder))) + "}",
        _ => "?" + value,
    };

    private static string RenderProps(IReadOnlyDictionary<string, object?> properties, bool ignoreListOrder) =>
        properties.Count == 0 ? "" : " " + Render(properties, ignoreListOrder);
}
