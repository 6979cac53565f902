using System.Globalization;
using System.Text.Json;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Http;

/// <summary>
/// Converts one result value to the adapter's cell model: null, bool, long, double, string, lists, string-keyed maps and,
/// from typed JSON, <see cref="CypherNode"/>, <see cref="CypherRelationship"/> and <see cref="CypherPath"/>.
/// Temporal, spatial and byte values stay strings (ISO 8601, WKT, base64), as Neo4j writes them.
/// </summary>
internal static class ValueReader
{
    public static object? Read(JsonElement value, ResultFormat format) =>
        format == ResultFormat.Typed ? ReadTyped(value) : ReadPlain(value);

    public static object? ReadPlain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => ReadNumber(value),
        JsonValueKind.Array => value.EnumerateArray().Select(ReadPlain).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadPlain(p.Value), StringComparer.Ordinal),
        _ => throw new JsonException($"Unexpected JSON value {value.ValueKind}."),
    };

    // INTEGER is exact to 64 bits in plain JSON: a number without a point or exponent is a long.
    private static object ReadNumber(JsonElement value)
    {
        var raw = value.GetRawText();
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt64(out var integer))
        {
            return integer;
        }

        return value.GetDouble();
    }

    public static object? ReadTyped(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("$type", out var typeElement))
        {
            // Lenient: a server may answer an untyped value (e.g. an error body); read it as plain.
            return ReadPlain(value);
        }

        var payload = value.TryGetProperty("_value", out var inner) ? inner : default;
        return typeElement.GetString() switch
        {
            "Null" => null,
            "Boolean" => payload.GetBoolean(),
            "Integer" => long.Parse(payload.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(payload.GetString()!),
            "List" => payload.EnumerateArray().Select(ReadTyped).ToList(),
            "Map" => ReadTypedMap(payload),
            "Node" => ReadNode(payload),
            "Relationship" => ReadRelationship(payload),
            "Path" => ReadPath(payload),
            _ => payload.ValueKind == JsonValueKind.String ? payload.GetString() : ReadPlain(payload),
        };
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ReadTypedMap(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => ReadTyped(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static CypherNode ReadNode(JsonElement node) => new(
        node.GetProperty("_element_id").GetString()!,
        node.TryGetProperty("_labels", out var labels) ? labels.EnumerateArray().Select(l => l.GetString()!).ToList() : [],
        node.TryGetProperty("_properties", out var properties) ? ReadTypedMap(properties) : new Dictionary<string, object?>());

    private static CypherRelationship ReadRelationship(JsonElement relationship) => new(
        relationship.GetProperty("_element_id").GetString()!,
        relationship.GetProperty("_type").GetString()!,
        relationship.GetProperty("_start_node_element_id").GetString()!,
        relationship.GetProperty("_end_node_element_id").GetString()!,
        relationship.TryGetProperty("_properties", out var properties) ? ReadTypedMap(properties) : new Dictionary<string, object?>());

    // A path is an alternating array of typed nodes and relationships; direction lives only in the element ids.
    private static CypherPath ReadPath(JsonElement path)
    {
        var nodes = new List<CypherNode>();
        var relationships = new List<CypherRelationship>();
        foreach (var element in path.EnumerateArray())
        {
            switch (ReadTyped(element))
            {
                case CypherNode node:
                    nodes.Add(node);
                    break;
                case CypherRelationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new JsonException("A path holds only nodes and relationships.");
            }
        }

        return new CypherPath(nodes, relationships);
    }
}
