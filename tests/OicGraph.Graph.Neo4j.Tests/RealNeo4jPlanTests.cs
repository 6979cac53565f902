using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// The plan check on a real planner (opt-in, OICGRAPH_NEO4J_URI; it empties the database): every statement the store
/// sends for every operation of the port, a write, a create-only conflict and a deletion, as recorded on the fake, is
/// sent again to a real Neo4j prefixed with EXPLAIN (with the same parameters), and its plan (the Query API's
/// <c>queryPlan</c>: operatorType, children) must hold no scan operator. The fake's <see cref="PlanCheck"/> reads the same
/// statements from their text; this is what it stands in for.
/// </summary>
[Trait("Category", "Neo4j")]
public sealed class RealNeo4jPlanTests
{
    // Scans of a whole label, relationship type or store. NodeIndexScan and DirectedRelationshipIndexScan are allowed: the
    // document and entity lists' and the facts-by-type list's ordered scans of an index stop at the page; the count store
    // operators touch nothing.
    private static readonly string[] ScanOperators =
    [
        "AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan",
        "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan",
        "UndirectedRelationshipTypeScan", "DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
    ];

    [Neo4jFact]
    public async Task Every_statement_the_store_sends_plans_without_a_scan_on_a_real_Neo4j()
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_URI")!),
            User = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_DATABASE") ?? "neo4j",
        };

        // The real database gets the schema and some data, so the planner has its indexes and statistics.
        var client = TestStores.Client(options);
        await client.RunAsync(new Http.Statement("MATCH (n) DETACH DELETE n"), new Http.RunOptions(Http.AccessMode.Write), CancellationToken.None);
        var real = TestStores.Store(options);
        await real.ApplyAsync(TestGraphs.Interview());
        await real.ApplyAsync(TestGraphs.Summit());

        var problems = new List<string>();
        using var http = new HttpClient();
        foreach (var body in await RecordedStatementsAsync())
        {
            var request = JsonNode.Parse(body)!.AsObject();
            var statement = (string)request["statement"]!;
            request["statement"] = "EXPLAIN " + statement;
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Uri, $"/db/{options.Database}/query/v2"))
            {
                Content = new StringContent(request.ToJsonString(), new MediaTypeHeaderValue("application/json")),
            };
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (!string.IsNullOrEmpty(options.Password))
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
            }

            using var response = await http.SendAsync(message);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (answer.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                problems.Add($"{errors[0].GetProperty("code").GetString()}: {errors[0].GetProperty("message").GetString()} in {statement}");
                continue;
            }

            var scans = Operators(answer.RootElement.GetProperty("queryPlan"))
                .Where(op => ScanOperators.Any(scan => op.StartsWith(scan, StringComparison.Ordinal))).Distinct().ToList();
            if (scans.Count > 0)
            {
                problems.Add($"{string.Join(", ", scans)} in {statement}");
            }
        }

        Assert.Empty(problems);
    }

    /// <summary>The request bodies (statement and parameters) of every data statement the store sends, recorded on the fake.</summary>
    private static async Task<IReadOnlyList<string>> RecordedStatementsAsync()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);
        await store.ApplyAsync(TestGraphs.Interview());
        await store.ApplyAsync(TestGraphs.Summit());
        await Assert.ThrowsAsync<DocumentExistsException>(() => store.ApplyAsync(TestGraphs.Interview() with { CreateOnly = ["interview"] }));
        foreach (var type in new EntityType?[] { null, EntityType.Person })
        {
            foreach (var keys in new[] { null, new[] { "askar" } })
            {
                foreach (var document in new[] { null, "interview" })
                {
                    await store.ListEntitiesAsync(new EntityQuery(type, keys, document, 0, 5));
                }
            }
        }

        foreach (var direction in new Direction?[] { null, Direction.Outgoing, Direction.Incoming, Direction.Both })
        {
            await store.ListRelationshipsAsync(new RelationshipQuery(direction is null ? null : "oic", direction ?? Direction.Both, [RelationType.MemberOf], "interview"));
            await store.ListRelationshipsAsync(new RelationshipQuery(direction is null ? null : "oic", direction ?? Direction.Both));
        }

        // Facts with no entity to start from: by types (each type's id index in order), by document (through its mentions).
        await store.ListRelationshipsAsync(new RelationshipQuery(Types: [RelationType.MemberOf, RelationType.HeldIn], Offset: 1, Limit: 2));
        await store.ListRelationshipsAsync(new RelationshipQuery(DocumentId: "interview"));

        await store.GetEntityAsync("oic");
        await store.GetEntitiesAsync(["oic", "kazakhstan"]);
        await store.GetEntityDetailsAsync("oic");
        await store.ListEntityDocumentsAsync("oic", 0, 2);
        await store.ListEntityMentionsAsync("oic", 0, 2);
        await store.GetRelationshipAsync("kazakhstan--member-of--oic--since-1992");
        await store.GetNeighborhoodAsync("askar-mussinov", 3, 50);
        await store.GetSubgraphAsync(new SubgraphQuery(["askar-mussinov"], [EntityType.Person], [RelationType.WorksFor], 2, 10));
        await store.GetSubgraphAsync(new SubgraphQuery(null, [EntityType.Person], null, 1, 10));
        await store.FindShortestPathsAsync("askar-mussinov", "kazakhstan", 4, 3);
        await store.FindShortestPathsAsync("oic", "oic", 4, 3);
        await store.GetMentionsAsync("oic", null);
        await store.GetMentionsAsync(null, "interview");
        await store.GetMentionsAsync("oic", "interview");
        await store.GetStatsAsync();
        await store.ListDocumentsAsync(0, 1);
        await store.GetDocumentAsync("interview");
        await store.FindDocumentByHashAsync(TestGraphs.Hash(TestGraphs.InterviewText));
        await store.DeleteDocumentAsync("summit");
        return [.. server.Requests.Select(r => r.Body).Where(body => !FakeSchema.IsSchema(JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString()!)).Distinct()];
    }

    private static IEnumerable<string> Operators(JsonElement plan)
    {
        yield return plan.GetProperty("operatorType").GetString()!;
        if (plan.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(Operators))
            {
                yield return child;
            }
        }
    }

    /// <summary>The recording itself runs everywhere: each operation above reaches the fake, and none of it scans by the text check.</summary>
    [Fact]
    public async Task The_recorded_statements_cover_the_store_and_pass_the_fakes_plan_check()
    {
        var bodies = await RecordedStatementsAsync();

        Assert.True(bodies.Count >= 25, $"{bodies.Count} statements");
        Assert.All(bodies, body => Assert.Empty(PlanCheck.Scans(JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString()!)));
    }
}
