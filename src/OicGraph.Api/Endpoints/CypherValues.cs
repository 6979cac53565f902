using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OicGraph.Graph.Cypher;

namespace OicGraph.Api.Endpoints;

/// <summary>JSON parameters in, Cypher values out: the one translation between the HTTP edge and the query runners.</summary>
internal static class CypherValues
{
    public static Dictionary<string, object?> Parameters(JsonObject? parameters) =>
        parameters?.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal) ?? [];

    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(FromJson).ToList(),
        JsonObject map => map.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetValue<long>(out var integer) => integer,
            JsonValueKind.Number => value.GetValue<double>(),
            _ => null,
        },
        _ => null,
    };

    /// <summary>A cell as JSON; every node and relationship met on the way is added to the drawing collections.</summary>
    public static JsonNode? ToJson(object? value, Dictionary<string, JsonNode> nodes, Dictionary<string, JsonNode> relationships) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        double d when double.IsFinite(d) => JsonValue.Create(d),
        double d => JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
        string s => JsonValue.Create(s),
        CypherNode node => Remember(nodes, node.ElementId, new JsonObject
        {
            ["kind"] = "node",
            ["id"] = node.ElementId,
            ["labels"] = new JsonArray([.. node.Labels.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["properties"] = Map(node.Properties, nodes, relationships),
        }),
        CypherRelationship r => Remember(relationships, r.ElementId, new JsonObject
        {
            ["kind"] = "relationship",
            ["id"] = r.ElementId,
            ["type"] = r.Type,
            ["start"] = r.StartElementId,
            ["end"] = r.EndElementId,
            ["properties"] = Map(r.Properties, nodes, relationships),
        }),
        CypherPath path => new JsonObject
        {
            ["kind"] = "path",
            ["nodes"] = new JsonArray([.. path.Nodes.Select(n => ToJson(n, nodes, relationships))]),
            ["relationships"] = new JsonArray([.. path.Relationships.Select(r => ToJson(r, nodes, relationships))]),
        },
        IReadOnlyDictionary<string, object?> map => Map(map, nodes, relationships),
        IEnumerable<object?> list => new JsonArray([.. list.Select(item => ToJson(item, nodes, relationships))]),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject Map(IReadOnlyDictionary<string, object?> map, Dictionary<string, JsonNode> nodes, Dictionary<string, JsonNode> relationships) =>
        new(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value, nodes, relationships))));

    private static JsonObject Remember(Dictionary<string, JsonNode> seen, string id, JsonObject element)
    {
        seen.TryAdd(id, element.DeepClone());
        return element;
    }
}
