using System.IO.Pipelines;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using OicGraph.Api.Contracts;
using OicGraph.Api.Exports;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

/// <summary>
/// A graph slice written straight to the response with one <see cref="Utf8JsonWriter"/>, as a <see cref="GraphResponse"/>
/// or as <see cref="CytoscapeElementsResponse"/>: the same bytes the serializer gives for that response (the app's
/// options: camelCase, enums by name, relaxed escaping) without building it, record by record from the slice: each
/// record's bytes from <see cref="EncodedGraphRecords"/> when the store's records are shared (given one), otherwise
/// encoded as they are written. Flushed as it goes, so the answer is never held whole.
/// </summary>
internal sealed class GraphJsonResult(GraphSlice slice, GraphJsonShape shape, EncodedGraphRecords? encoded) : IResult, IEndpointMetadataProvider
{
    private const int FlushBytes = 32 * 1024;

    // An endpoint declaring this result answers a GraphResponse; the export endpoint declares its alternatives itself.
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
        foreach (var entity in slice.Entities)
        {
            if (encoded is null)
            {
                GraphRecordJson.Node(json, entity, shape, options);
            }
            else
            {
                json.WriteRawValue(encoded.Node(entity, shape), skipInputValidation: true);
            }

            await FlushIfFull(json, body, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var relationship in slice.Relationships)
        {
            if (encoded is null)
            {
                GraphRecordJson.Edge(json, relationship, shape, options);
            }
            else
            {
                json.WriteRawValue(encoded.Edge(relationship, shape), skipInputValidation: true);
            }

            await FlushIfFull(json, body, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteBoolean("truncated", slice.Truncated);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        // The pipe may be a stream's (a middleware capturing the body): only its flush hands the bytes on.
        await body.FlushAsync(cancellationToken);
    }

    private static async ValueTask FlushIfFull(Utf8JsonWriter json, PipeWriter body, CancellationToken cancellationToken)
    {
        if (json.BytesPending > FlushBytes)
        {
            json.Flush();
            await body.FlushAsync(cancellationToken);
        }
    }
}
