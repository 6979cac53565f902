using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Neo4j.Seeding;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// What the adapter relies on Neo4j to do, checked the same way on the fake (always) and on a real Neo4j (opt-in,
/// OICGRAPH_NEO4J_URI; it empties the database): read access mode refuses writes, the full-text index answers search
/// keys as the fake models it (keyword analyzer, list elements, case, prefix, best score first, the failure for an
/// unescaped query), and the seed script loads twice to one graph. A difference between the two runs is a fidelity bug
/// in the fake.
/// </summary>
[Trait("Category", "Neo4j")]
public sealed class ServerBehaviourTests
{
    [Fact]
    public async Task The_fake_behaves_as_the_adapter_relies_on()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        await CheckAsync(TestStores.Options(server.Uri));
    }

    [Neo4jFact]
    public async Task A_real_Neo4j_behaves_as_the_adapter_relies_on() => await CheckAsync(new Neo4jOptions
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_URI")!),
        User = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_USER") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_PASSWORD"),
        Database = Environment.GetEnvironmentVariable("OICGRAPH_NEO4J_DATABASE") ?? "neo4j",
    });

    private static async Task CheckAsync(Neo4jOptions options)
    {
        var client = TestStores.Client(options);
        await client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"), new RunOptions(AccessMode.Write), CancellationToken.None);

        // Read access mode is the server's guard, not the client's.
        var refused = await Assert.ThrowsAsync<Neo4jServerException>(() =>
            client.RunAsync(new Statement("CREATE (:Probe)"), new RunOptions(AccessMode.Read), CancellationToken.None));
        Assert.Equal("Neo.ClientError.Statement.AccessMode", refused.Code);

        // The store creates the schema (and the full-text index) before its first write.
        var store = TestStores.Store(options);
        var doc = TestGraphs.Doc("ft", "Kazakhstan and Kyrgyzstan.");
        await store.ApplyAsync(new GraphPatch(
            [doc],
            [
                TestGraphs.Entity("kz", EntityType.Country, "Kazakhstan") with { SearchKeys = ["~KZKSTN", "=kazakhstan"] },
                TestGraphs.Entity("kg", EntityType.Country, "Kyrgyzstan") with { SearchKeys = ["~KRGZSTN", "=kyrgyzstan"] },
            ],
            [],
            [TestGraphs.Mention(doc, "kz", "Kazakhstan"), TestGraphs.Mention(doc, "kg", "Kyrgyzstan")]), CancellationToken.None);

        async Task<IReadOnlyList<(string Id, double Score)>> Search(string lucene)
        {
            var result = await client.RunAsync(new Statement(
                "CALL db.index.fulltext.queryNodes('entitySearchKeys', $q) YIELD node, score RETURN node.id AS id, score",
                new Dictionary<string, object?> { ["q"] = lucene }), new RunOptions(AccessMode.Read), CancellationToken.None);
            return [.. result.Rows.Select(row => ((string)row[0]!, Convert.ToDouble(row[1], System.Globalization.CultureInfo.InvariantCulture)))];
        }

        Assert.Equal(["kz"], (await Search("\\~KZK*")).Select(h => h.Id));
        Assert.Equal(["kz"], (await Search("\\=kaz*")).Select(h => h.Id));
        Assert.Empty(await Search("\\~kzk*"));
        Assert.Empty(await Search("KZK*"));
        var ranked = await Search("\\~K* OR \\=kyrgyz*");
        Assert.Equal(["kg", "kz"], ranked.Select(h => h.Id));
        Assert.True(ranked[0].Score > ranked[1].Score);
        var unparsable = await Assert.ThrowsAsync<Neo4jServerException>(() => Search("~KZK*"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", unparsable.Code);
        Assert.Contains("org.apache.lucene.queryparser.classic.ParseException", unparsable.Message, StringComparison.Ordinal);

        // The seed script (parameter-free, idempotent) loads twice to the graph the store reads back.
        await client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"), new RunOptions(AccessMode.Write), CancellationToken.None);
        var patch = TestGraphs.Interview();
        var script = CypherSeedWriter.Write(patch);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var statement in script.Split(";\n")
                .Select(chunk => string.Join('\n', chunk.Split('\n').Where(line => !line.StartsWith("//", StringComparison.Ordinal))).Trim())
                .Where(statement => statement.Length > 0))
            {
                await client.RunAsync(new Statement(statement), new RunOptions(AccessMode.Write), CancellationToken.None);
            }
        }

        var stats = await store.GetStatsAsync();
        Assert.Equal((6, 4, 1, 8), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        Assert.True(GraphMerge.Same(patch.Entities[0], (await store.GetEntityAsync("kazakhstan"))!));
    }
}
