using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Seeding;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

public sealed class CypherSeedWriterTests
{
    [Fact]
    public void The_script_is_deterministic_and_starts_with_the_schema()
    {
        var patch = TestGraphs.Interview();
        var shuffled = patch with { Entities = [.. patch.Entities.Reverse()], Relationships = [.. patch.Relationships.Reverse()], Mentions = [.. patch.Mentions.Reverse()] };

        var script = CypherSeedWriter.Write(patch);

        Assert.Equal(script, CypherSeedWriter.Write(shuffled));
        var statements = Statements(script);
        Assert.StartsWith("CREATE CONSTRAINT entity_id IF NOT EXISTS", statements[0], StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Contains('$', StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("MERGE (e:Entity {id: 'kazakhstan'}) SET e:Country, e = {aliases: ['Qazaqstan']", StringComparison.Ordinal));
    }

    [Fact]
    public void Literals_are_escaped()
    {
        var doc = TestGraphs.Doc("quote", "It's a \\ \"test\"\nline two\t.");
        var patch = new GraphPatch([doc], [], [], []);

        var script = CypherSeedWriter.Write(patch);

        Assert.Contains(@"text: 'It\'s a \\ ""test""\nline two\t.'", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_the_script_twice_gives_the_graph_the_store_reads_back()
    {
        var patch = TestGraphs.Interview();
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var script = CypherSeedWriter.Write(patch);

        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var statement in Statements(script))
            {
                var outcome = server.Executor.Execute(new FakeStatement(statement, new Dictionary<string, object?>(), false, null));
                Assert.True(outcome.Error is null, $"{outcome.Error?.Message} in: {statement}");
            }
        }

        var store = TestStores.Store(server);
        var stats = await store.GetStatsAsync();
        Assert.Equal((6, 4, 1, 8), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        var kazakhstan = await store.GetEntityAsync("kazakhstan");
        Assert.True(GraphMerge.Same(patch.Entities[0], kazakhstan!));
        var fact = await store.GetRelationshipAsync(patch.Relationships[0].Id);
        Assert.True(GraphMerge.Same(GraphMerge.Normalize(patch.Relationships[0]), fact!));
        Assert.Equal(patch.Documents[0], await store.GetDocumentAsync("interview"));
        Assert.Equal(8, (await store.GetMentionsAsync(null, "interview")).Count);
    }

    // cypher-shell splits on ';' at the end of a line; comments and blank lines are not statements.
    private static List<string> Statements(string script) =>
        [.. script.Split(";\n").Select(chunk => string.Join('\n', chunk.Split('\n').Where(line => !line.StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(statement => statement.Length > 0)];
}
