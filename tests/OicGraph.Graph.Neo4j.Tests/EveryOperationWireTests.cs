using System.Text.Json;
using OicGraph.Graph.Model;
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
    ];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_is_read_mode_statements_with_its_values_as_parameters(string operation)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);
        await store.ApplyAsync(Interview());
        await store.ApplyAsync(Summit());
        server.Requests.Clear();

        object? answer = operation switch
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
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

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

    [Fact]
    public async Task Deleting_a_document_is_one_parameterised_request()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);
        await store.ApplyAsync(Interview());
        await store.ApplyAsync(Summit());
        server.Requests.Clear();

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
