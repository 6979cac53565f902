using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using OicGraph.Api.Contracts;

namespace OicGraph.Api.Endpoints;

/// <summary>
/// A <see cref="GraphResponse"/> written straight to the response with one <see cref="Utf8JsonWriter"/>, the same bytes
/// the serializer gives (the app's options: camelCase, enums by name, relaxed escaping) without its per-object frames:
/// on a neighbourhood the serializer's frame bookkeeping took about a fifth of the request's CPU. Flushed as it goes, so the
/// answer is never held whole.
/// </summary>
internal sealed class GraphJsonResult(GraphResponse graph) : IResult, IEndpointMetadataProvider
{
    private const int FlushBytes = 32 * 1024;

    public GraphResponse Graph => graph;

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(GraphResponse), ["application/json"]));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var cancellationToken = httpContext.RequestAborted;
        var body = response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            Node(json, node, options);
            await FlushIfFull(json, body, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            Edge(json, edge, options);
            await FlushIfFull(json, body, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteBoolean("truncated", graph.Truncated);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        // The pipe may be a stream's (a middleware capturing the body): only its flush hands the bytes on.
        await body.FlushAsync(cancellationToken);
    }

    private static async ValueTask FlushIfFull(Utf8JsonWriter json, System.IO.Pipelines.PipeWriter body, CancellationToken cancellationToken)
    {
        if (json.BytesPending > FlushBytes)
        {
            json.Flush();
            await body.FlushAsync(cancellationToken);
        }
    }

    private static void Node(Utf8JsonWriter json, EntityResponse node, JsonSerializerOptions options)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WritePropertyName("type");
        JsonSerializer.Serialize(json, node.Type, options);
        json.WriteString("name", node.Name);
        json.WriteStartObject("names");
        foreach (var (language, name) in node.Names)
        {
            json.WriteString(language, name);
        }

        json.WriteEndObject();
        json.WriteStartArray("aliases");
        foreach (var alias in node.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        Properties(json, node.Properties, options);
        json.WriteEndObject();
    }

    private static void Edge(Utf8JsonWriter json, RelationshipResponse edge, JsonSerializerOptions options)
    {
        json.WriteStartObject();
        json.WriteString("id", edge.Id);
        json.WritePropertyName("type");
        JsonSerializer.Serialize(json, edge.Type, options);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        Properties(json, edge.Properties, options);
        json.WriteStartArray("evidence");
        foreach (var evidence in edge.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("documentId", evidence.DocumentId);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("end", evidence.End);
            json.WriteString("text", evidence.Text);
            json.WriteNumber("sentence", evidence.Sentence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Properties(Utf8JsonWriter json, IReadOnlyDictionary<string, object> properties, JsonSerializerOptions options)
    {
        json.WriteStartObject("properties");
        foreach (var (name, value) in properties)
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
