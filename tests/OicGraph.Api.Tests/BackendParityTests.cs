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

        // The whole first seed (the interview and the reference data) is one write request, never an explicit transaction.
        var writes = backends.Server.Requests.Where(r => !r.Body.Contains("\"accessMode\":\"Read\"", StringComparison.Ordinal)
            && !r.Body.StartsWith("{\"statement\":\"CREATE ", StringComparison.Ordinal)).ToList();
        Assert.Single(writes);
        Assert.DoesNotContain(backends.Server.Requests, r => r.Path.Contains("/tx", StringComparison.Ordinal));
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

    [Fact]
    public async Task Years_and_accessions_are_numbers_that_compare_as_numbers_on_both_backends()
    {
        var query = new
        {
            query = "MATCH (c:Country)-[m:MEMBER_OF]->(:Organization {id: 'oic'}) WHERE m.sinceYear > 1990 AND c.accession > 1990 "
                + "RETURN c.id AS id, m.since AS since, m.sinceYear AS year, c.accession AS accession ORDER BY id, since",
        };

        foreach (var backend in new[] { backends.Embedded, backends.Neo4j })
        {
            var rows = JsonNode.Parse(await (await backend.PostAsJsonAsync("/api/cypher", query)).Content.ReadAsStringAsync())!["rows"]!.AsArray();

            var kazakhstan = rows.Where(r => r![0]!.GetValue<string>() == "kazakhstan").ToList();
            Assert.Equal(["1992", "1995"], kazakhstan.Select(r => r![1]!.GetValue<string>()));
            Assert.Equal([1992L, 1995L], kazakhstan.Select(r => r![2]!.GetValue<long>()));
            Assert.All(kazakhstan, r => Assert.Equal(1995L, r![3]!.GetValue<long>()));
            Assert.All(rows, r => Assert.True(r![2]!.GetValue<long>() > 1990));
        }
    }

    [Fact]
    public async Task Rest_and_cypher_give_a_property_the_same_type()
    {
        foreach (var backend in new[] { backends.Embedded, backends.Neo4j })
        {
            var entity = (await backend.GetFromJsonAsync<JsonObject>("/api/entities/kazakhstan"))!["entity"]!["properties"]!;
            var fact = (await backend.GetFromJsonAsync<JsonObject>("/api/relationships/kazakhstan--member-of--oic--since-1992"))!["properties"]!;
            var cypher = JsonNode.Parse(await (await backend.PostAsJsonAsync("/api/cypher", new
            {
                query = "MATCH (c {id: 'kazakhstan'})-[m:MEMBER_OF {id: 'kazakhstan--member-of--oic--since-1992'}]->(), (d:Document {id: 'oic-interview-mussinov'}), (t:Date {id: 'date-2017-05'}) "
                    + "RETURN c.accession, c.iso2, m.since, m.sinceYear, d.date, d.year, t.value, t.year",
            })).Content.ReadAsStringAsync())!["rows"]![0]!.AsArray();

            Assert.Equal(System.Text.Json.JsonValueKind.Number, entity["accession"]!.GetValueKind());
            Assert.Equal(entity["accession"]!.ToJsonString(), cypher[0]!.ToJsonString());
            Assert.Equal("\"KZ\"", cypher[1]!.ToJsonString());
            Assert.Equal(fact["since"]!.ToJsonString(), cypher[2]!.ToJsonString());
            Assert.Equal("\"1992\"", cypher[2]!.ToJsonString());
            Assert.Equal(fact["sinceYear"]!.ToJsonString(), cypher[3]!.ToJsonString());
            Assert.Equal("1992", cypher[3]!.ToJsonString());
            Assert.Equal(["\"2023-11\"", "2023", "\"2017-05\"", "2017"], cypher.Skip(4).Select(c => c!.ToJsonString()));
        }
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
            _neo4jApp.UseNeo4j(_server);
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
