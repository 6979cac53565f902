using OicGraph.Cypher.Functions;
using OicGraph.Cypher.Graph;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Execution;

/// <summary>Turns engine values into the public result types.</summary>
internal static class ResultConverter
{
    public static object? Convert(object? value) => value switch
    {
        NodeRecord node => ToNode(node),
        RelRecord rel => ToRelationship(rel),
        PathValue path => new CypherPath(path.Nodes.Select(ToNode).ToList(), path.Rels.Select(ToRelationship).ToList()),
        IReadOnlyList<object?> list => list.Select(Convert).ToList(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal),
        _ => value,
    };

    private static CypherNode ToNode(NodeRecord node) =>
        new(BuiltinFunctions.ElementId(node), node.Labels.ToList(), Copy(node.Properties));

    private static CypherRelationship ToRelationship(RelRecord rel) =>
        new(BuiltinFunctions.ElementId(rel), rel.Type, BuiltinFunctions.ElementId(rel.Start), BuiltinFunctions.ElementId(rel.End), Copy(rel.Properties));

    private static Dictionary<string, object?> Copy(PropertyMap properties) =>
        properties.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal);
}
