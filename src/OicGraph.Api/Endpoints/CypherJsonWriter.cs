using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OicGraph.Graph.Cypher;

namespace OicGraph.Api.Endpoints;

/// <summary>
/// Writes a Cypher result in the shape of <see cref="Contracts.CypherResponse"/> straight from the runner's values, row by
/// row, checking the size after each row: an answer past the limit stops there (and becomes a 422) instead of being built
/// whole. Nodes and relationships met in the rows are gathered, once each, for the <c>graph</c> part.
/// </summary>
internal static class CypherJsonWriter
{
    public const string ResultTooLargeCode = "OicGraph.Api.ResponseTooLarge";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The UTF-8 JSON of <paramref name="result"/>, or a <see cref="CypherQueryException"/> when it passes <paramref name="maxBytes"/>.</summary>
    public static ArrayBufferWriter<byte> Write(CypherResult result, long elapsedMilliseconds, long maxBytes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var nodes = new Dictionary<string, CypherNode>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, CypherRelationship>(StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in result.Columns)
        {
            json.WriteStringValue(column);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                Value(json, cell, nodes, relationships);
            }

            json.WriteEndArray();
            CheckSize(json, buffer, maxBytes);
        }

        json.WriteEndArray();
        json.WriteBoolean("truncated", result.Truncated);
        json.WriteStartObject("graph");
        json.WriteStartArray("nodes");
        foreach (var node in nodes.Values)
        {
            Node(json, node, nodes, relationships);
            CheckSize(json, buffer, maxBytes);
        }

        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var relationship in relationships.Values)
        {
            Relationship(json, relationship, nodes, relationships);
            CheckSize(json, buffer, maxBytes);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteNumber("elapsedMilliseconds", elapsedMilliseconds);
        json.WriteEndObject();
        json.Flush();
        return buffer;
    }

    private static void CheckSize(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, long maxBytes)
    {
        json.Flush();
        if (buffer.WrittenCount > maxBytes)
        {
            throw new CypherQueryException(ResultTooLargeCode, $"The answer is larger than {maxBytes:N0} bytes (Api:Cypher:MaxResponseBytes).");
        }
    }

    private static void Value(Utf8JsonWriter json, object? value, Dictionary<string, CypherNode> nodes, Dictionary<string, CypherRelationship> relationships)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case double d:
                json.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case CypherNode node:
                nodes.TryAdd(node.ElementId, node);
                Node(json, node, nodes, relationships);
                break;
            case CypherRelationship relationship:
                relationships.TryAdd(relationship.ElementId, relationship);
                Relationship(json, relationship, nodes, relationships);
                break;
            case CypherPath path:
                json.WriteStartObject();
                json.WriteString("kind", "path");
                json.WriteStartArray("nodes");
                foreach (var node in path.Nodes)
                {
                    Value(json, node, nodes, relationships);
                }

                json.WriteEndArray();
                json.WriteStartArray("relationships");
                foreach (var relationship in path.Relationships)
                {
                    Value(json, relationship, nodes, relationships);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                Map(json, map, nodes, relationships);
                break;
            case IEnumerable<object?> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Value(json, item, nodes, relationships);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void Node(Utf8JsonWriter json, CypherNode node, Dictionary<string, CypherNode> nodes, Dictionary<string, CypherRelationship> relationships)
    {
        json.WriteStartObject();
        json.WriteString("kind", "node");
        json.WriteString("id", node.ElementId);
        json.WriteStartArray("labels");
        foreach (var label in node.Labels)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WritePropertyName("properties");
        Map(json, node.Properties, nodes, relationships);
        json.WriteEndObject();
    }

    private static void Relationship(
        Utf8JsonWriter json, CypherRelationship relationship, Dictionary<string, CypherNode> nodes, Dictionary<string, CypherRelationship> relationships)
    {
        json.WriteStartObject();
        json.WriteString("kind", "relationship");
        json.WriteString("id", relationship.ElementId);
        json.WriteString("type", relationship.Type);
        json.WriteString("start", relationship.StartElementId);
        json.WriteString("end", relationship.EndElementId);
        json.WritePropertyName("properties");
        Map(json, relationship.Properties, nodes, relationships);
        json.WriteEndObject();
    }

    private static void Map(
        Utf8JsonWriter json, IReadOnlyDictionary<string, object?> map, Dictionary<string, CypherNode> nodes, Dictionary<string, CypherRelationship> relationships)
    {
        json.WriteStartObject();
        foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            Value(json, item, nodes, relationships);
        }

        json.WriteEndObject();
    }
}
