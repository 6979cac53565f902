using System.Text.Json;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Store;
using OicGraph.Graph.Neo4j.Tests.Fake;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// Every read of the port on the wire, against a fake that executes statements: implicit read-mode POSTs with the right
/// headers, the caller's values only in <c>parameters</c>, never in the statement text.
/// </summary>
public sealed class EveryOperationWireTests
{
    public static TheoryData<string> Reads() =>
    [
        "GetEntity", "GetEntityDetails", "ListEntities", "GetRelationship", "ListRelationships", "GetNeighborhood", "GetSubgraph",
        "FindShortestPaths", "GetMentions", "GetStats", "ListDocuments", "GetDocument", "FindDocumentByHash",
        "ListEntityDocuments", "ListEntityMentions",
    ];

    /// <summary>Reads that answer in one request (one statement, one snapshot) whatever the graph holds.</summary>
    public static TheoryData<string> OneRequestReads() =>
    [
        "GetEntity", "GetEntityDetails", "ListEntities", "ListRelationships", "GetNeighborhood", "GetSubgraph", "FindShortestPaths",
        "GetMentions", "GetStats", "ListDocuments", "GetDocument", "FindDocumentByHash", "ListEntityDocuments", "ListEntityMentions",
    ];

    [Theory]
    [MemberData(nameof(OneRequestReads))]
    public async Task A_read_is_one_request(string operation)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview(), Summit());

        Assert.NotNull(await RunAsync(store, operation));

        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_is_read_mode_statements_with_its_values_as_parameters(string operation)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview(), Summit());

        var answer = await RunAsync(store, operation);

        Assert.NotNull(answer);
        Assert.NotEmpty(server.Requests);
        foreach (var request in server.Requests)
        {
            Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
            Assert.Equal(("application/json", "application/json"), (request.Accept, request.ContentType));
            Assert.StartsWith("Basic ", request.Authorization, StringComparison.Ordinal);
            using var body = JsonDocument.Parse(request.Body);
            var statement = body.RootElement.GetProperty("statement").GetString()!;
            Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
            Assert.Equal("statement", body.RootElement.EnumerateObject().First().Name);
            foreach (var value in new[] { "askar", "interview", "astana", Hash(InterviewText) })
            {
                Assert.DoesNotContain(value, statement, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_starts_every_match_from_an_index_or_the_count_store_never_a_scan(string operation)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview(), Summit());

        Assert.NotNull(await RunAsync(store, operation));

        Assert.All(server.Requests, r =>
        {
            using var body = JsonDocument.Parse(r.Body);
            Assert.Empty(PlanCheck.Scans(body.RootElement.GetProperty("statement").GetString()!));
        });
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, false, true)]
    [InlineData(true, true, true)]
    [InlineData(false, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public async Task Every_filtered_shape_of_an_entity_list_is_anchored_and_pages_in_the_database(bool type, bool keys, bool document)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview());

        var page = await store.ListEntitiesAsync(new EntityQuery(type ? EntityType.Person : null, keys ? ["askar"] : null, document ? "interview" : null, 0, 1));

        Assert.Single(page.Items);
        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        var statement = body.RootElement.GetProperty("statement").GetString()!;
        Assert.Empty(PlanCheck.Scans(statement));
        Assert.Contains("SKIP $offset LIMIT $limit", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("IS NULL", statement, StringComparison.Ordinal);
        // Keys without a document are answered by the full-text index, never a scan of every entity's keys.
        Assert.Equal(keys && !document, statement.Contains("CALL db.index.fulltext.queryNodes('entitySearchKeys', $lucene)", StringComparison.Ordinal));
        Assert.Equal(keys && document, statement.Contains("STARTS WITH", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Direction.Outgoing)]
    [InlineData(Direction.Incoming)]
    [InlineData(Direction.Both)]
    public async Task Facts_of_an_entity_are_read_from_it_in_each_direction(Direction direction)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview());

        var page = await store.ListRelationshipsAsync(new RelationshipQuery("oic", direction, null, null, 0, 50));

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Empty(PlanCheck.Scans(body.RootElement.GetProperty("statement").GetString()!));
        Assert.All(page.Items, r => Assert.True(direction switch
        {
            Direction.Outgoing => r.SourceId == "oic",
            Direction.Incoming => r.TargetId == "oic",
            _ => r.SourceId == "oic" || r.TargetId == "oic",
        }));
        Assert.NotEmpty(page.Items);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_neighbourhood_of_any_depth_and_a_seeded_subgraph_are_one_request_each(int depth)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview(), Summit());

        var slice = await store.GetNeighborhoodAsync("askar-mussinov", depth, 100);
        var seeded = await store.GetSubgraphAsync(new SubgraphQuery(["askar-mussinov"], null, null, depth, 100));

        // Their results are held to the embedded store's by the shared contract suite (GraphStoreContract.Traversal).
        Assert.Equal(2, server.Requests.Count);
        Assert.NotNull(slice);
        Assert.True(slice.Entities.Count > 1);
        Assert.Equal(slice.Entities.Select(e => e.Id), seeded.Entities.Select(e => e.Id));
    }

    [Theory]
    [InlineData("askar-mussinov", "kazakhstan", 6)]
    [InlineData("askar-mussinov", "saudi-arabia", 2)]
    [InlineData("oic", "oic", 3)]
    public async Task Shortest_paths_of_any_length_are_one_request(string from, string to, int maxDepth)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview(), Summit());

        var paths = await store.FindShortestPathsAsync(from, to, maxDepth, 10);

        // The paths themselves are held to the embedded store's by GraphStoreContract.Traversal.
        Assert.Single(server.Requests);
        Assert.Equal(maxDepth > 2 || from == to, paths.Count > 0);
    }

    [Fact]
    public async Task Every_statement_a_write_or_a_deletion_sends_is_anchored()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);

        await store.ApplyAsync(Interview());
        await store.ApplyAsync(Summit());
        await Assert.ThrowsAsync<DocumentExistsException>(() => store.ApplyAsync(Interview() with { CreateOnly = ["interview"] }));
        await store.DeleteDocumentAsync("summit");

        var statements = server.Requests.Select(r =>
        {
            using var body = JsonDocument.Parse(r.Body);
            return body.RootElement.GetProperty("statement").GetString()!;
        }).Where(statement => !FakeSchema.IsSchema(statement)).ToList();
        Assert.Equal(4, statements.Count);
        Assert.All(statements, statement => Assert.Empty(PlanCheck.Scans(statement)));
    }

    [Fact]
    public async Task An_id_that_names_no_fact_type_is_no_fact_and_costs_no_query()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);
        server.Requests.Clear();

        Assert.Null(await store.GetRelationshipAsync("kazakhstan-oic"));
        Assert.Empty(server.Requests);
    }

    /// <summary>A store on <paramref name="server"/> holding <paramref name="patches"/>, with the requests that wrote them forgotten.</summary>
    private static async Task<Neo4jGraphStore> WrittenAsync(FakeQueryApiServer server, params GraphPatch[] patches)
    {
        var store = TestStores.Store(server);
        foreach (var patch in patches)
        {
            await store.ApplyAsync(patch);
        }

        server.Requests.Clear();
        return store;
    }

    private static async Task<object?> RunAsync(Neo4jGraphStore store, string operation) =>
        operation switch
        {
            "GetEntity" => await store.GetEntityAsync("askar-mussinov"),
            "GetEntityDetails" => await store.GetEntityDetailsAsync("askar-mussinov"),
            "ListEntities" => await store.ListEntitiesAsync(new EntityQuery(EntityType.Person, ["askar"], "interview", 0, 5)),
            "GetRelationship" => await store.GetRelationshipAsync("askar-mussinov--works-for--oic"),
            "ListRelationships" => await store.ListRelationshipsAsync(new RelationshipQuery("askar-mussinov", Direction.Outgoing, [RelationType.WorksFor], "interview")),
            "GetNeighborhood" => await store.GetNeighborhoodAsync("askar-mussinov", 2, 10),
            "GetSubgraph" => await store.GetSubgraphAsync(new SubgraphQuery(["askar-mussinov"], [EntityType.Person, EntityType.Organization], [RelationType.WorksFor], 1, 10)),
            "FindShortestPaths" => await store.FindShortestPathsAsync("askar-mussinov", "astana", 4, 3),
            "GetMentions" => await store.GetMentionsAsync("askar-mussinov", "interview"),
            "GetStats" => await store.GetStatsAsync(),
            "ListDocuments" => await store.ListDocumentsAsync(1, 1),
            "GetDocument" => await store.GetDocumentAsync("interview"),
            "FindDocumentByHash" => await store.FindDocumentByHashAsync(Hash(InterviewText)),
            "ListEntityDocuments" => await store.ListEntityDocumentsAsync("oic", 1, 1),
            "ListEntityMentions" => await store.ListEntityMentionsAsync("oic", 1, 2),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

    [Fact]
    public async Task Deleting_a_document_is_one_parameterised_request()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = await WrittenAsync(server, Interview(), Summit());

        var change = await store.DeleteDocumentAsync("summit");

        Assert.NotNull(change);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.DoesNotContain("summit", body.RootElement.GetProperty("statement").GetString()!, StringComparison.Ordinal);
        Assert.Equal("summit", body.RootElement.GetProperty("parameters").GetProperty("deleteDocuments")[0].GetString());
        Assert.Null(await store.DeleteDocumentAsync("summit"));
    }
}
