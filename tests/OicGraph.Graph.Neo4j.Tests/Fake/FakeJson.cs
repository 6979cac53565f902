using System.Globalization;
using System.Text.Json;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>The Query API's value encodings (plain and typed JSON), written and read as Neo4j 5.26 does.</summary>
public static class FakeJson
{
    public static object? ReadParameter(JsonElement value, bool typed) => typed ? ReadTyped(value) : ReadPlain(value);

    private static object? ReadPlain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        // Plain JSON: 1 is INTEGER (exact to 64 bits; larger is an error), 1.0 and 1e3 are FLOAT.
        JsonValueKind.Number => value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0
            ? value.TryGetInt64(out var integer) ? (object)integer : throw new FormatException("Integer out of range")
            : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(ReadPlain).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadPlain(p.Value), StringComparer.Ordinal),
        _ => throw new FormatException("Unexpected JSON"),
    };

    private static object? ReadTyped(JsonElement value)
    {
        var type = value.GetProperty("$type").GetString();
        var inner = value.GetProperty("_value");
        return type switch
        {
            "Null" => null,
            "Boolean" => inner.GetBoolean(),
            "Integer" => long.Parse(inner.GetString()!, CultureInfo.InvariantCulture),
            "Float" => double.Parse(inner.GetString()!, CultureInfo.InvariantCulture),
            "String" => inner.GetString(),
            "List" => inner.EnumerateArray().Select(ReadTyped).ToList(),
            "Map" => inner.EnumerateObject().ToDictionary(p => p.Name, p => ReadTyped(p.Value), StringComparer.Ordinal),
            _ => throw new FormatException($"Unsupported parameter type {type}"),
        };
    }

    public static void Write(Utf8JsonWriter json, object? value, bool typed)
    {
        if (typed)
        {
            WriteTyped(json, value);
        }
        else
        {
            WritePlain(json, value);
        }
    }

    private static void WritePlain(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int or long:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number when !double.IsFinite(number):
                json.WriteStringValue(double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                break;
            case double number:
                json.WriteRawValue(FloatText(number));
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case CypherNode node:
                json.WriteStartObject();
                json.WriteString("elementId", node.ElementId);
                json.WriteStartArray("labels");
                node.Labels.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WritePropertyName("properties");
                WriteMap(json, node.Properties, typed: false);
                json.WriteEndObject();
                break;
            case CypherRelationship relationship:
                json.WriteStartObject();
                json.WriteString("elementId", relationship.ElementId);
                json.WriteString("startNodeElementId", relationship.StartElementId);
                json.WriteString("endNodeElementId", relationship.EndElementId);
                json.WriteString("type", relationship.Type);
                json.WritePropertyName("properties");
                WriteMap(json, relationship.Properties, typed: false);
                json.WriteEndObject();
                break;
            case CypherPath path:
                json.WriteStartArray();
                foreach (var element in PathElements(path))
                {
                    WritePlain(json, element);
                }

                json.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(json, map, typed: false);
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WritePlain(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteTyped(Utf8JsonWriter json, object? value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case null:
                json.WriteString("$type", "Null");
                json.WriteNull("_value");
                break;
            case bool flag:
                json.WriteString("$type", "Boolean");
                json.WriteBoolean("_value", flag);
                break;
            case int or long:
                json.WriteString("$type", "Integer");
                json.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                json.WriteString("$type", "Float");
                json.WriteString("_value", double.IsNaN(number) ? "NaN" : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity") : FloatText(number));
                break;
            case string text:
                json.WriteString("$type", "String");
                json.WriteString("_value", text);
                break;
            case CypherNode node:
                json.WriteString("$type", "Node");
                json.WriteStartObject("_value");
                json.WriteString("_element_id", node.ElementId);
                json.WriteStartArray("_labels");
                node.Labels.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WritePropertyName("_properties");
                WriteMap(json, node.Properties, typed: true);
                json.WriteEndObject();
                break;
            case CypherRelationship relationship:
                json.WriteString("$type", "Relationship");
                json.WriteStartObject("_value");
                json.WriteString("_element_id", relationship.ElementId);
                json.WriteString("_start_node_element_id", relationship.StartElementId);
                json.WriteString("_end_node_element_id", relationship.EndElementId);
                json.WriteString("_type", relationship.Type);
                json.WritePropertyName("_properties");
                WriteMap(json, relationship.Properties, typed: true);
                json.WriteEndObject();
                break;
            case CypherPath path:
                json.WriteString("$type", "Path");
                json.WriteStartArray("_value");
                foreach (var element in PathElements(path))
                {
                    WriteTyped(json, element);
                }

                json.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteString("$type", "Map");
                json.WritePropertyName("_value");
                WriteMap(json, map, typed: true);
                break;
            case System.Collections.IEnumerable list:
                json.WriteString("$type", "List");
                json.WriteStartArray("_value");
                foreach (var item in list)
                {
                    WriteTyped(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString("$type", "String");
                json.WriteString("_value", Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }

        json.WriteEndObject();
    }

    // Neo4j writes map keys sorted.
    private static void WriteMap(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> map, bool typed)
    {
        json.WriteStartObject();
        foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            Write(json, item, typed);
        }

        json.WriteEndObject();
    }

    private static IEnumerable<object> PathElements(CypherPath path)
    {
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            yield return path.Nodes[i];
            if (i < path.Relationships.Count)
            {
                yield return path.Relationships[i];
            }
        }
    }

    private static string FloatText(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
