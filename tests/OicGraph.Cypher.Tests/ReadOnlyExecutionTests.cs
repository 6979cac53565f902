using OicGraph.Cypher.Procedures;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests;

/// <summary>A read-only execution changes nothing, however the write is hidden; and if a check missed one, the graph refuses it.</summary>
public sealed class ReadOnlyExecutionTests
{
    private static readonly Dictionary<string, object?> NoParams = [];

    public static TheoryData<string> HiddenWrites =>
    [
        "CREATE (n:X) RETURN n",
        "MATCH (n) SET n.name = 'PWNED' RETURN n",
        "MATCH (n) RETURN n UNION MATCH (m) DETACH DELETE m RETURN m AS n",
        "MATCH (n) WHERE EXISTS { MATCH (k {id: 'q-astana'}) SET k.name = 'PWNED' } RETURN n.id",
        "MATCH (n) WHERE EXISTS { MATCH (n) WHERE EXISTS { MATCH (k {id: 'q-astana'}) SET k.name = 'PWNED' } } RETURN n.id",
        "MATCH (n) WHERE EXISTS { MATCH (n) WHERE EXISTS { MATCH (m) WHERE EXISTS { MATCH (k) DETACH DELETE k } } } RETURN n.id",
        "MATCH (n) RETURN [x IN [1] WHERE EXISTS { MATCH (k) REMOVE k:Entity }] AS xs",
        "MATCH (n) RETURN CASE WHEN EXISTS { MATCH (k) CREATE (:Evil) } THEN 1 END AS c",
        "MATCH (n) WITH n WHERE EXISTS { MATCH (n)-->(m) MERGE (m)-[:EVIL]->(n) } RETURN n",
        "MATCH (n {name: EXISTS { MATCH (k) SET k:Evil }}) RETURN n",
        "MATCH (n) RETURN EXISTS { UNWIND [1] AS x MATCH (k) DELETE k } AS gone",
        "MATCH (n) RETURN n.id ORDER BY EXISTS { MATCH (k) SET k.x = 1 }",
        "UNWIND [1] AS x CALL test.write() RETURN x",
        "CALL test.write()",
        "MATCH (n) WHERE EXISTS { CALL test.write() } RETURN n",
    ];

    [Theory]
    [MemberData(nameof(HiddenWrites))]
    public void A_write_hidden_at_any_depth_is_refused_before_anything_runs(string query)
    {
        var graph = CypherTestGraphs.KazakhNews();
        var engine = Engine(graph, out var writes);
        var before = Snapshot(engine);

        var error = Record.Exception(() => engine.Execute(query, NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None));

        Assert.True(error is CypherWriteRefusedException or CypherQueryException, $"{query}: {error?.GetType().Name ?? "no error"}");
        Assert.Equal(before, Snapshot(engine));
        Assert.Empty(writes);
    }

    [Fact]
    public void A_write_inside_an_exists_subquery_is_a_semantic_error_even_when_writes_are_allowed()
    {
        var engine = Engine(CypherTestGraphs.KazakhNews(), out _);

        var error = Assert.Throws<CypherQueryException>(() => engine.Execute(
            "MATCH (n) WHERE EXISTS { MATCH (n) WHERE EXISTS { MATCH (k) SET k.name = 'PWNED' } } RETURN n.id",
            NoParams,
            new CypherExecutionOptions(),
            CancellationToken.None));

        Assert.Contains("EXISTS subquery cannot update the graph", error.Message, StringComparison.Ordinal);
        Assert.Contains("SET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_graph_refuses_a_mutation_that_slipped_past_the_checks_during_a_read_only_execution()
    {
        var graph = CypherTestGraphs.KazakhNews();
        var engine = new CypherEngine(graph);
        // Declared read-only, but it writes: only the graph's own guard stands between it and the shared view.
        engine.RegisterProcedure(new CypherProcedure("test.liar", [], [new CypherProcedureParameter("n", "INTEGER")], _ =>
        {
            graph.AddNode(["Evil"], new Dictionary<string, object?>());
            return [[1L]];
        }));

        var error = Record.Exception(() => engine.Execute("CALL test.liar() YIELD n RETURN n", NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None));

        Assert.IsType<CypherWriteRefusedException>(error);
        Assert.Equal(4, graph.NodeCount);
    }

    [Fact]
    public void Exists_subqueries_still_read_correlated_variables()
    {
        var engine = new CypherEngine(CypherTestGraphs.KazakhNews());

        var result = engine.Execute(
            "MATCH (p:Person) WHERE EXISTS { MATCH (p)-->(place) WHERE EXISTS { MATCH (place)-[:NEAR]->() } } RETURN p.id",
            NoParams,
            new CypherExecutionOptions(ReadOnly: true),
            CancellationToken.None);

        Assert.Equal("q-tokayev", Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public void An_undefined_variable_inside_an_exists_subquery_is_a_syntax_error()
    {
        var engine = new CypherEngine(CypherTestGraphs.KazakhNews());

        var error = Assert.Throws<CypherQueryException>(() => engine.Execute(
            "MATCH (p) WHERE EXISTS { MATCH (p) WHERE nowhere.x = 1 } RETURN p", NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None));

        Assert.Contains("UndefinedVariable", error.Message, StringComparison.Ordinal);
    }

    private static CypherEngine Engine(PropertyGraph graph, out List<int> writes)
    {
        var engine = new CypherEngine(graph);
        var calls = new List<int>();
        engine.RegisterProcedure(new CypherProcedure("test.write", [], [], _ =>
        {
            calls.Add(1);
            return [];
        }, CypherProcedureMode.Write));
        writes = calls;
        return engine;
    }

    private static string Snapshot(CypherEngine engine) => string.Join("|", engine.Execute(
            "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN n.id, labels(n), properties(n), type(r), m.id ORDER BY n.id, type(r), m.id",
            NoParams,
            new CypherExecutionOptions(ReadOnly: true),
            CancellationToken.None)
        .Rows.Select(row => string.Join(",", row.Select(Describe))));

    private static string Describe(object? value) => value switch
    {
        IReadOnlyList<object?> list => "[" + string.Join(";", list.Select(Describe)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(";", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Describe(p.Value))) + "}",
        _ => value?.ToString() ?? "null",
    };
}
