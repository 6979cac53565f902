using System.Buffers;
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
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        if (encoded is null)
        {
            await WriteEncodingAsync(httpContext);
            return;
        }

        await WriteKeptAsync(response, httpContext.RequestAborted);
    }

    /// <summary>
    /// Every record's bytes are known before the first is written, so the length is too: the answer goes out with a
    /// Content-Length (no chunk framing), copied block by block into the response's own buffers and handed on every
    /// <see cref="KeptFlushBytes"/>, so a neighbourhood is one send, not a flush (and a wake-up of the connection's sender)
    /// every 32 KB, and the connection's output lock is taken per block, not per record.
    /// </summary>
    private async Task WriteKeptAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        var records = slice.Entities.Count + slice.Relationships.Count;
        // The framing, each record and a comma before every record but the first of its array.
        var segments = ArrayPool<byte[]>.Shared.Rent((2 * records) + 3);
        try
        {
            var count = 0;
            long length = 0;
            void Add(byte[] bytes)
            {
                segments[count++] = bytes;
                length += bytes.Length;
            }

            Add(NodesStart);
            var first = true;
            foreach (var entity in slice.Entities)
            {
                if (!first)
                {
                    Add(Comma);
                }

                first = false;
                Add(encoded!.Node(entity, shape));
            }

            Add(EdgesStart);
            first = true;
            foreach (var relationship in slice.Relationships)
            {
                if (!first)
                {
                    Add(Comma);
                }

                first = false;
                Add(encoded!.Edge(relationship, shape));
            }

            Add(slice.Truncated ? TruncatedEnd : NotTruncatedEnd);
            response.ContentLength = length;
            // Kestrel keeps body bytes written before the response has started in a buffer of their own and copies them
            // out behind the headers at the first flush: started first, the records are copied once, into the
            // connection's output.
            await response.StartAsync(cancellationToken);
            var body = response.BodyWriter;
            var position = new SegmentPosition();
            while (position.Segment < count)
            {
                Copy(body, segments, count, ref position, KeptFlushBytes);
                await body.FlushAsync(cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte[]>.Shared.Return(segments, clearArray: true);
        }
    }

    // Bytes a kept-encoding answer lets pile up in the response's buffers before handing them on: a depth-2
    // neighbourhood of the seed (139 KB) in one send, a large export still in bounded steps.
    private const int KeptFlushBytes = 256 * 1024;

    private struct SegmentPosition
    {
        public int Segment;
        public int Offset;
    }

    /// <summary>Copies from <paramref name="position"/> on until <paramref name="budget"/> bytes are written or the segments end.</summary>
    private static void Copy(PipeWriter body, byte[][] segments, int count, ref SegmentPosition position, int budget)
    {
        var written = 0;
        while (position.Segment < count && written < budget)
        {
            var span = body.GetSpan();
            var used = 0;
            while (used < span.Length && position.Segment < count)
            {
                var rest = segments[position.Segment].AsSpan(position.Offset);
                var take = Math.Min(rest.Length, span.Length - used);
                rest[..take].CopyTo(span[used..]);
                used += take;
                position.Offset += take;
                if (position.Offset == segments[position.Segment].Length)
                {
                    position.Segment++;
                    position.Offset = 0;
                }
            }

            body.Advance(used);
            written += used;
        }
    }

    // The framing Utf8JsonWriter writes around the records (no indentation), byte for byte.
    private static readonly byte[] NodesStart = """{"nodes":["""u8.ToArray();

    private static readonly byte[] EdgesStart = """],"edges":["""u8.ToArray();

    private static readonly byte[] Comma = ","u8.ToArray();

    private static readonly byte[] TruncatedEnd = """],"truncated":true}"""u8.ToArray();

    private static readonly byte[] NotTruncatedEnd = """],"truncated":false}"""u8.ToArray();

    private async Task WriteEncodingAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var cancellationToken = httpContext.RequestAborted;
        var body = httpContext.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var entity in slice.Entities)
        {
            GraphRecordJson.Node(json, entity, shape, options);
            await FlushIfFull(json, body, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var relationship in slice.Relationships)
        {
            GraphRecordJson.Edge(json, relationship, shape, options);
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
