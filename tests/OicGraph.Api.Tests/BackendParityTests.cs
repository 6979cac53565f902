using System.Text.Json.Nodes;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Api.Tests;

/// <summary>
/// The same API on both backends: one app on the embedded store, one on the Neo4j adapter talking to the fake Query API
/// (which runs the adapter's statements with the Cypher engine). Both seed themselves from graph-seed/; every read must
/// answer the same JSON, save the moment each document was ingested.
/// </summary>
public sealed class BackendParityTests(BackendParityTests.TwoBackends backends) : IClassFixture<BackendParityTests.TwoBackends>
{
    public static TheoryData<string> Reads => new()
    {
        "/api/stats",
        "/api/entities?type=Country&limit=500",
        "/api/entities?q=Қазақстанның",
        "/api/entities/kazakhstan",
        "/api/entities/oic/relationships?direction=incoming&limit=500",
        "/api/entities/askar-mussinov/neighbors?depth=2",
        "/api/relationships?type=MEMBER_OF,HELD_IN,PROPOSED&limit=500",
        "/api/relationships?document=oic-interview-mussinov&limit=500",
        "/api/documents",
        "/api/documents/oic-interview-mussinov",
        "/api/documents/oic-interview-mussinov/annotated",
        "/api/search?q=qazaqstan",
        "/api/paths?from=askar-mussinov&to=saudi-arabia&maxDepth=5",
        "/api/graph?ids=kazakhstan&depth=1&format=cytoscape",
        "/api/timeline",
        "/api/member-states",
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Both_backends_answer_the_same(string url)
    {
        var embedded = await backends.Embedded.GetAsync(url);
        var neo4j = await backends.Neo4j.GetAsync(url);

        Assert.Equal(embedded.StatusCode, neo4j.StatusCode);
        var expected = WithoutIngestionTimes(JsonNode.Parse(await embedded.Content.ReadAsStringAsync()));
        var actual = WithoutIngestionTimes(JsonNode.Parse(await neo4j.Content.ReadAsStringAsync()));
        Assert.Equal(expected?.ToJsonString(), actual?.ToJsonString());
    }

    [Fact]
    public async Task The_neo4j_app_really_reads_and_writes_through_the_query_api()
    {
        await backends.Neo4j.GetAsync("/api/stats");

        Assert.Contains(backends.Server.Requests, r => r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal));
        Assert.Contains(backends.Server.Requests, r => r.Path.EndsWith("/query/v2", StringComparison.Ordinal));
        Assert.Equal("Healthy", (await backends.Neo4j.GetFromJsonAsync<JsonObject>("/health/ready"))!["checks"]!["neo4j"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cypher_answers_the_same_on_both_backends()
    {
        var query = new { query = "MATCH (c:Country)-[m:MEMBER_OF]->(:Organization {id: 'oic'}) RETURN c.id AS id, m.since AS since, size(m.evidenceText) AS sources ORDER BY id, since" };

        var embedded = JsonNode.Parse(await (await backends.Embedded.PostAsJsonAsync("/api/cypher", query)).Content.ReadAsStringAsync())!;
        var neo4j = JsonNode.Parse(await (await backends.Neo4j.PostAsJsonAsync("/api/cypher", query)).Content.ReadAsStringAsync())!;

        Assert.Equal(embedded["columns"]!.ToJsonString(), neo4j["columns"]!.ToJsonString());
        Assert.Equal(embedded["rows"]!.ToJsonString(), neo4j["rows"]!.ToJsonString());
        Assert.True(embedded["rows"]!.AsArray().Count >= 57);
    }

    private static JsonNode? WithoutIngestionTimes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                map.Remove("ingestedAt");
                map.Remove("elapsedMilliseconds");
                foreach (var (_, value) in map)
                {
                    WithoutIngestionTimes(value);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    WithoutIngestionTimes(item);
                }

                break;
        }

        return node;
    }

    public sealed class TwoBackends : IAsyncLifetime
    {
        private readonly OicGraphApiFactory _embeddedApp = new();
        private readonly OicGraphApiFactory _neo4jApp = new();
        private FakeQueryApiServer? _server;

        public HttpClient Embedded { get; private set; } = null!;

        public HttpClient Neo4j { get; private set; } = null!;

        public FakeQueryApiServer Server => _server!;

        public async Task InitializeAsync()
        {
            _server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
            _neo4jApp.Settings["Graph:Backend"] = "Neo4j";
            _neo4jApp.Settings["Graph:Neo4j:Uri"] = _server.Uri.ToString();
            _neo4jApp.Settings["Graph:Neo4j:User"] = _server.Options.User;
            _neo4jApp.Settings["Graph:Neo4j:Password"] = _server.Options.Password;
            Embedded = _embeddedApp.CreateClient();
            Neo4j = _neo4jApp.CreateClient();
        }

        public async Task DisposeAsync()
        {
            Embedded.Dispose();
            Neo4j.Dispose();
            await _embeddedApp.DisposeAsync();
            await _neo4jApp.DisposeAsync();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
