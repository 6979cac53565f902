using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OicGraph.Api.Contracts;
using OicGraph.Api.Endpoints;
using OicGraph.Api.Exports;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OicGraph.Api.Tests;

/// <summary>
/// Neighbourhoods and JSON and Cytoscape graph exports are written record by record (<see cref="GraphJsonResult"/>,
/// from <see cref="EncodedGraphRecords"/> on the embedded store): the bytes must be the ones the app's serializer gives
/// for the same <see cref="GraphResponse"/> or Cytoscape elements, so no client can tell.
/// </summary>
public sealed class GraphJsonResultTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    // The Cytoscape export (259 KB) is more than one hand-on of a kept answer (256 KB); the 20-entity export is truncated.
    public static TheoryData<string, string?, int, int, bool> Graphs => new()
    {
        { "/api/entities/kazakhstan/neighbors?depth=2", "kazakhstan", 2, 500, false },
        { "/api/entities/oic/neighbors", "oic", 1, 500, false },
        { "/api/graph", null, 1, 2000, false },
        { "/api/graph?format=cytoscape", null, 1, 2000, true },
        { "/api/graph?limit=20", null, 1, 20, false },
    };

    // The same graphs without their URLs, for what is written without a request.
    public static TheoryData<string?, int, int, bool> Slices()
    {
        var slices = new TheoryData<string?, int, int, bool>();
        foreach (var row in Graphs)
        {
            slices.Add((string?)row[1], (int)row[2]!, (int)row[3]!, (bool)row[4]!);
        }

        return slices;
    }

    private JsonSerializerOptions Options => factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task The_answer_is_the_serializers_bytes_for_the_same_graph(string url, string? entity, int depth, int limit, bool cytoscape)
    {
        // Twice: the first answer may encode records, the second is written from their kept bytes.
        for (var round = 0; round < 2; round++)
        {
            var answer = await _client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "nocache=" + Guid.NewGuid().ToString("N"));
            Assert.Equal("application/json; charset=utf-8", answer.Content.Headers.ContentType?.ToString());
            var body = await answer.Content.ReadAsByteArrayAsync();

            var expected = Serialized(await SliceAsync(entity, depth, limit), cytoscape);
            Assert.True(expected.Length > 1000, $"the graph is {expected.Length} bytes, too small to compare much");
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(body));
            if (round == 1)
            {
                // Written from kept bytes, the answer says its length instead of coming in chunks.
                Assert.Equal(body.Length, answer.Content.Headers.ContentLength);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public async Task Records_encoded_as_written_and_kept_encodings_give_the_same_bytes(string? entity, int depth, int limit, bool cytoscape)
    {
        var slice = await SliceAsync(entity, depth, limit);
        Assert.Equal(slice.Entities.Count == limit, slice.Truncated);
        var shape = cytoscape ? GraphJsonShape.Cytoscape : GraphJsonShape.Graph;
        var records = new EncodedGraphRecords(factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>());
        var expected = Encoding.UTF8.GetString(Serialized(slice, cytoscape));

        Assert.Equal(expected, await WrittenAsync(new GraphJsonResult(slice, shape, encoded: null)));
        Assert.Equal(expected, await WrittenAsync(new GraphJsonResult(slice, shape, records)));
        Assert.Equal(expected, await WrittenAsync(new GraphJsonResult(slice, shape, records)));
    }

    [Fact]
    public async Task An_entity_changed_by_a_write_is_served_as_it_now_is()
    {
        var before = await _client.GetStringAsync("/api/entities/oic/neighbors");
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var oic = (await store.GetEntityAsync("oic"))!;
        const string alias = "Ислам ынтымақтастығының ұйымы";
        var document = Document.Create("graph-json-probe", DocumentKinds.Article, "Probe", null, null, "kk", "Cyrl", alias, DateTimeOffset.UnixEpoch);
        await store.ApplyAsync(new GraphPatch(
            [document], [oic with { Aliases = [.. oic.Aliases, alias] }], [], [new Mention(document.Id, "oic", 0, alias.Length, alias, 0)]));

        var after = await _client.GetStringAsync("/api/entities/oic/neighbors");

        Assert.DoesNotContain(alias, before, StringComparison.Ordinal);
        Assert.Contains(alias, after, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(Serialized(await SliceAsync("oic", 1, 500), cytoscape: false)), after);
    }

    [Fact]
    public async Task A_kept_answer_starts_the_response_before_writing_its_body()
    {
        // Kestrel copies body bytes written before the response starts into a buffer of its own and out again behind the
        // headers: a 139 KB neighbourhood was copied twice per answer.
        var slice = await SliceAsync("kazakhstan", 2, 500);
        var records = new EncodedGraphRecords(factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>());
        var body = new StartRecordingBody();
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Features.Set<IHttpResponseBodyFeature>(body);

        await new GraphJsonResult(slice, GraphJsonShape.Graph, records).ExecuteAsync(context);

        Assert.True(body.Started);
        Assert.False(body.WrittenBeforeStart);
        Assert.Equal(Encoding.UTF8.GetString(Serialized(slice, cytoscape: false)), Encoding.UTF8.GetString(body.Bytes.ToArray()));
    }

    private async Task<GraphSlice> SliceAsync(string? entity, int depth, int limit)
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        return entity is null
            ? await store.GetSubgraphAsync(new SubgraphQuery(null, null, null, depth, limit))
            : (await store.GetNeighborhoodAsync(entity, depth, limit))!;
    }

    private byte[] Serialized(GraphSlice slice, bool cytoscape) =>
        cytoscape
            ? JsonSerializer.SerializeToUtf8Bytes(CytoscapeReference.From(slice), Options)
            : JsonSerializer.SerializeToUtf8Bytes(GraphResponse.From(slice), Options);

    private async Task<string> WrittenAsync(GraphJsonResult result)
    {
        using var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return Encoding.UTF8.GetString(body.ToArray());
    }

    /// <summary>A response body that notes whether anything asked for memory to write into before the response started.</summary>
    private sealed class StartRecordingBody : IHttpResponseBodyFeature
    {
        private readonly RecordingWriter _writer;

        public StartRecordingBody() => _writer = new RecordingWriter(this);

        public MemoryStream Bytes { get; } = new();

        public bool Started { get; private set; }

        public bool WrittenBeforeStart { get; private set; }

        public Stream Stream => Bytes;

        public PipeWriter Writer => _writer;

        public void DisableBuffering()
        {
        }

        public Task StartAsync(CancellationToken cancellationToken = default)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task CompleteAsync() => _writer.CompleteAsync().AsTask();

        private sealed class RecordingWriter(StartRecordingBody owner) : PipeWriter
        {
            private readonly PipeWriter _inner = PipeWriter.Create(owner.Bytes);

            public override Memory<byte> GetMemory(int sizeHint = 0)
            {
                owner.WrittenBeforeStart |= !owner.Started;
                return _inner.GetMemory(sizeHint);
            }

            public override Span<byte> GetSpan(int sizeHint = 0)
            {
                owner.WrittenBeforeStart |= !owner.Started;
                return _inner.GetSpan(sizeHint);
            }

            public override void Advance(int bytes) => _inner.Advance(bytes);

            public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => _inner.FlushAsync(cancellationToken);

            public override void CancelPendingFlush() => _inner.CancelPendingFlush();

            public override void Complete(Exception? exception = null) => _inner.Complete(exception);
        }
    }
}
