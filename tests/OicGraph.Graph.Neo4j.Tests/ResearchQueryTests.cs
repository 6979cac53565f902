using OicGraph.Graph.Contract;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Tests.Fake;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>graph-seed/queries/*.cypher are plain read-only openCypher on our model: each runs through the read-only runner.</summary>
public sealed class ResearchQueryTests
{
    public static TheoryData<string> Queries() => [.. Directory.GetFiles(QueryDirectory(), "*.cypher").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Each_example_query_runs_read_only_on_the_model(string file)
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);
        await store.ApplyAsync(Interview());
        await store.ApplyAsync(Reference());
        await store.ApplyAsync(Summit());
        await store.ApplyAsync(Proposal());

        // cypher-shell and Neo4j Browser drop the final semicolon before sending a statement; so does this test.
        var statement = File.ReadAllText(Path.Combine(QueryDirectory(), file)).TrimEnd().TrimEnd(';');
        var result = await store.RunReadOnlyAsync(new CypherQuery(statement, new Dictionary<string, object?>(), 1000, TimeSpan.FromSeconds(10)));

        Assert.StartsWith("// ", statement, StringComparison.Ordinal);
        Assert.NotEmpty(result.Columns);
        if (file == "member-states.cypher")
        {
            Assert.Equal([("1992", "article"), ("1995", "reference")], result.Rows.Where(r => (string?)r[0] == "Kazakhstan").Select(r => ((string)r[1]!, (string)r[2]!)));
        }

        if (file == "who-proposed-what.cypher")
        {
            Assert.Equal("Kazakhstan", Assert.Single(result.Rows)[0]);
        }
    }

    private static GraphPatch Proposal()
    {
        var doc = Doc("proposal", "Kazakhstan proposed the Islamic Food Security Organization.");
        var initiative = Entity("islamic-food-security", EntityType.Initiative, "Islamic Food Security Organization");
        return new GraphPatch(
            [doc],
            [Kazakhstan, initiative],
            [Fact("kazakhstan", RelationType.Proposed, "islamic-food-security", Evidence(doc, "Kazakhstan proposed the Islamic Food Security Organization."))],
            [Mention(doc, "kazakhstan", "Kazakhstan"), Mention(doc, "islamic-food-security", "Islamic Food Security Organization")]);
    }

    private static string QueryDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "graph-seed", "queries");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("graph-seed/queries not found above the test assembly.");
    }
}
