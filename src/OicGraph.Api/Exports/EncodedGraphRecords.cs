using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OicGraph.Api.Exports;

/// <summary>
/// Each graph record's JSON (<see cref="GraphRecordJson"/>), encoded once per record instance and shape. Meant for a
/// store whose reads hand out its own immutable records until a write replaces them (the embedded one): an unchanged
/// entity is then never encoded again, a replaced one is a new instance (a miss), and an entry lives exactly as long as
/// its record, so the table holds at most one encoding per record the store still has. Encoding the strings (UTF-16 to
/// UTF-8 with an escape scan) was the largest part of a neighbourhood's CPU. Only encodings up to
/// <see cref="MaxKeptBytes"/> are kept: a hub fact with a long evidence list is encoded per answer, so what the table
/// holds is bounded by the number of records times that size, not by the largest records' evidence.
/// </summary>
internal sealed class EncodedGraphRecords(IOptions<HttpJsonOptions> options)
{
    /// <summary>The largest encoding kept; most entities and facts encode to a few hundred bytes.</summary>
    public const int MaxKeptBytes = 4096;

    private readonly JsonSerializerOptions _options = options.Value.SerializerOptions;
    private readonly ConditionalWeakTable<Entity, byte[]> _nodes = new();
    private readonly ConditionalWeakTable<Relationship, byte[]> _edges = new();
    private readonly ConditionalWeakTable<Entity, byte[]> _cytoscapeNodes = new();
    private readonly ConditionalWeakTable<Relationship, byte[]> _cytoscapeEdges = new();

    /// <summary>This table for a store with a version (its records are its own until a write replaces them), else none.</summary>
    public EncodedGraphRecords? For(IGraphStore store) => store is IGraphVersion ? this : null;

    // A kept encoding is looked up before the encoding closure exists: a closure per look-up was ~400 allocations for
    // every depth-2 neighbourhood, almost all of them hits.
    public byte[] Node(Entity entity, GraphJsonShape shape)
    {
        var table = shape == GraphJsonShape.Cytoscape ? _cytoscapeNodes : _nodes;
        return table.TryGetValue(entity, out var bytes) ? bytes : Keep(table, entity, Encode(json => GraphRecordJson.Node(json, entity, shape, _options)));
    }

    public byte[] Edge(Relationship relationship, GraphJsonShape shape)
    {
        var table = shape == GraphJsonShape.Cytoscape ? _cytoscapeEdges : _edges;
        return table.TryGetValue(relationship, out var bytes) ? bytes : Keep(table, relationship, Encode(json => GraphRecordJson.Edge(json, relationship, shape, _options)));
    }

    private static byte[] Keep<TRecord>(ConditionalWeakTable<TRecord, byte[]> table, TRecord record, byte[] bytes)
        where TRecord : class =>
        // Two requests may encode the same record at once; both encodings are equal, the first one stays.
        bytes.Length > MaxKeptBytes || table.TryAdd(record, bytes) ? bytes : table.TryGetValue(record, out var first) ? first : bytes;

    private byte[] Encode(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = _options.Encoder, SkipValidation = true }))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
