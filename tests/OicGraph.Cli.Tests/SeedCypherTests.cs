using OicGraph.Cypher;

namespace OicGraph.Cli.Tests;

public sealed class SeedCypherTests
{
    [Fact]
    public async Task The_committed_seed_cypher_is_what_a_fresh_export_writes()
    {
        var root = RepositoryRoot();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["export", "--format", "cypher", "--seed", Path.Combine(root, "graph-seed")], output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var path = Path.Combine(root, "graph-seed", "seed.cypher");
        if (Environment.GetEnvironmentVariable("OICGRAPH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, output.ToString());
            Assert.Fail($"OICGRAPH_UPDATE_GOLDEN=1: wrote {path}. Review the diff (git diff), then run the tests without it.");
        }

        var committed = await File.ReadAllTextAsync(path);
        Assert.True(
            committed == output.ToString(),
            "graph-seed/seed.cypher is stale: regenerate it with OICGRAPH_UPDATE_GOLDEN=1 dotnet test tests/OicGraph.Cli.Tests (or `dotnet run --project src/OicGraph.Cli -- export --format cypher > graph-seed/seed.cypher`) and review the diff.");
    }

    [Fact]
    public async Task The_export_merges_entities_and_writes_every_source_document()
    {
        var output = new StringWriter();

        await CliApp.RunAsync(["export", "--format", "cypher", "--seed", Path.Combine(RepositoryRoot(), "graph-seed")], output, new StringWriter(), CancellationToken.None);

        var script = output.ToString();
        Assert.Single(script.Split('\n'), line => line.StartsWith("MERGE (e:Entity {id: 'kazakhstan'})", StringComparison.Ordinal));
        Assert.Contains("MERGE (d:Document {id: 'oic-interview-mussinov'})", script, StringComparison.Ordinal);
        Assert.Contains("CREATE CONSTRAINT", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_script_loads_into_an_empty_graph_and_builds_the_seed_graph()
    {
        var root = RepositoryRoot();
        var script = await File.ReadAllTextAsync(Path.Combine(root, "graph-seed", "seed.cypher"));
        var expected = await ExportCommand.BuildSeedGraphAsync(Path.Combine(root, "graph-seed"), CancellationToken.None);
        var engine = new CypherEngine(new PropertyGraph());
        var none = new Dictionary<string, object?>();

        // cypher-shell runs one statement per semicolon at a line end; comment lines are not statements.
        var statements = script.Split(";\n").Select(s => string.Join('\n', s.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim()).Where(s => s.Length > 0).ToList();
        foreach (var statement in statements)
        {
            engine.Execute(statement, none, new CypherExecutionOptions(), CancellationToken.None);
        }

        foreach (var statement in statements)
        {
            engine.Execute(statement, none, new CypherExecutionOptions(), CancellationToken.None);
        }

        long Count(string query) => (long)engine.Execute(query, none, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows[0][0]!;
        Assert.Equal(expected.Entities.Count, Count("MATCH (e:Entity) RETURN count(e)"));
        Assert.Equal(expected.Documents.Count, Count("MATCH (d:Document) RETURN count(d)"));
        Assert.Equal(expected.Relationships.Count, Count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));
        Assert.Equal(expected.Mentions.Count, Count("MATCH (:Document)-[m:MENTIONS]->(:Entity) RETURN count(m)"));
        Assert.Equal(2, Count("MATCH (:Country {id: 'kazakhstan'})-[m:MEMBER_OF]->(:Organization {id: 'oic'}) RETURN count(m)"));
    }

    [Theory]
    [InlineData(new[] { "export" }, 2)]
    [InlineData(new[] { "export", "--format", "graphml" }, 2)]
    [InlineData(new[] { "export", "--format", "cypher", "--seed", "/nonexistent/graph-seed" }, 1)]
    public async Task Bad_export_arguments_say_what_is_wrong(string[] args, int expected)
    {
        var error = new StringWriter();

        var code = await CliApp.RunAsync(args, new StringWriter(), error, CancellationToken.None);

        Assert.Equal(expected, code);
        Assert.False(string.IsNullOrWhiteSpace(error.ToString()));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OicGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("OicGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
