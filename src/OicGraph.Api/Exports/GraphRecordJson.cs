using System.Text.Json;
using OicGraph.Api.Contracts;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Exports;

/// <summary>The two JSON shapes a graph is served in: our own (<see cref="GraphResponse"/>) and Cytoscape.js elements.</summary>
internal enum GraphJsonShape
{
    Graph,
    Cytoscape,
}

/// <summary>
/// One entity or relationship as JSON, written from the graph's own record: the bytes the serializer gives for its
/// <see cref="EntityResponse"/>/<see cref="RelationshipResponse"/> (or Cytoscape element) under the app's options
/// (camelCase, enums by name, relaxed escaping), without building that response record first.
/// </summary>
internal static class GraphRecordJson
{
    public static void Node(Utf8JsonWriter json, Entity entity, GraphJsonShape shape, JsonSerializerOptions options)
    {
        if (shape == GraphJsonShape.Cytoscape)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", entity.Id);
            json.WriteString("label", entity.Name);
            json.WritePropertyName("type");
            JsonSerializer.Serialize(json, entity.Type, options);
            Names(json, entity.Names);
            Properties(json, GraphPropertyTypes.TypedEntityProperties(entity.Properties), options);
            json.WriteEndObject();
            json.WriteString("classes", entity.Type.ToString());
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WritePropertyName("type");
        JsonSerializer.Serialize(json, entity.Type, options);
        json.WriteString("name", entity.Name);
        Names(json, entity.Names);
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        Properties(json, GraphPropertyTypes.TypedEntityProperties(entity.Properties), options);
        json.WriteEndObject();
    }

    public static void Edge(Utf8JsonWriter json, Relationship relationship, GraphJsonShape shape, JsonSerializerOptions options)
    {
        var cytoscape = shape == GraphJsonShape.Cytoscape;
        json.WriteStartObject();
        if (cytoscape)
        {
            json.WriteStartObject("data");
        }

        json.WriteString("id", relationship.Id);
        if (!cytoscape)
        {
            json.WritePropertyName("type");
            JsonSerializer.Serialize(json, relationship.Type, options);
        }

        json.WriteString("source", relationship.SourceId);
        json.WriteString("target", relationship.TargetId);
        if (cytoscape)
        {
            json.WritePropertyName("label");
            JsonSerializer.Serialize(json, relationship.Type, options);
        }

        Properties(json, GraphPropertyTypes.TypedRelationshipProperties(relationship.Properties), options);
        json.WriteStartArray("evidence");
        foreach (var evidence in relationship.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("documentId", evidence.DocumentId);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("end", evidence.End);
            json.WriteString("text", evidence.Text);
            if (!cytoscape)
            {
                json.WriteNumber("sentence", evidence.Sentence);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (cytoscape)
        {
            json.WriteEndObject();
            json.WriteString("classes", relationship.Type.Name());
        }

        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, IReadOnlyDictionary<string, string> names)
    {
        json.WriteStartObject("names");
        foreach (var (language, name) in names)
        {
            json.WriteString(language, name);
        }

        json.WriteEndObject();
    }

    // As PropertyMaps.Of: in name order, the first value of a repeated name kept.
    private static void Properties(Utf8JsonWriter json, IEnumerable<TypedProperty> typed, JsonSerializerOptions options)
    {
        json.WriteStartObject("properties");
        foreach (var (name, value) in PropertyMaps.Of(typed))
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case string text:
                    json.WriteStringValue(text);
                    break;
                case long number:
                    json.WriteNumberValue(number);
                    break;
                case int number:
                    json.WriteNumberValue(number);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                default:
                    // Doubles and anything rarer: the serializer's own formatting, so the bytes stay its bytes.
                    JsonSerializer.Serialize(json, value, value.GetType(), options);
                    break;
            }
        }

        json.WriteEndObject();
    }
}
