using OicGraph.Graph.Cypher;
using static OicGraph.Cypher.Tests.CypherTestGraphs;

namespace OicGraph.Cypher.Tests;

public sealed class CypherEngineTests
{
    private static readonly CypherExecutionOptions Defaults = new();
    private static readonly Dictionary<string, object?> NoParams = [];

    private static CypherResult Run(CypherEngine engine, string query, Dictionary<string, object?>? parameters = null) =>
        engine.Execute(query, parameters ?? [], Defaults, CancellationToken.None);

    [Fact]
    public void Lookup_by_id_uses_the_id_index()
    {
        var graph = KazakhNews();
        var engine = new CypherEngine(graph);
        var before = graph.IdIndexLookups;

        var result = Run(engine, "MATCH (n:Entity {id: $id}) RETURN n.name AS name", Params(("id", "q-astana")));

        Assert.Equal("Astana", Assert.Single(result.Rows)[0]);
        Assert.True(graph.IdIndexLookups > before);
    }

    [Fact]
    public void Nodes_come_back_as_public_result_types_with_element_ids()
    {
        var engine = new CypherEngine(KazakhNews());

        var row = Assert.Single(Run(engine, "MATCH (p:Person {id: 'q-tokayev'})-[r]->(c) RETURN p, r, c, elementId(p) AS e").Rows);

        var person = Assert.IsType<CypherNode>(row[0]);
        var rel = Assert.IsType<CypherRelationship>(row[1]);
        Assert.Contains("Person", person.Labels);
        Assert.Equal("LOCATED_IN", rel.Type);
        Assert.Equal(person.ElementId, rel.StartElementId);
        Assert.StartsWith("4:oicgraph:", (string)row[3]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_execution_refuses_writes_before_running_anything()
    {
        var graph = KazakhNews();
        var engine = new CypherEngine(graph);

        Assert.Throws<CypherWriteRefusedException>(() =>
            engine.Execute("MATCH (n) DETACH DELETE n", NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None));

        Assert.Equal(4, graph.NodeCount);
    }

    [Fact]
    public void Row_limit_truncates_and_says_so()
    {
        var engine = new CypherEngine(KazakhNews());

        var result = engine.Execute("UNWIND range(1, 10) AS i RETURN i", NoParams, new CypherExecutionOptions(RowLimit: 3), CancellationToken.None);

        Assert.Equal(3, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Cancellation_stops_a_runaway_query()
    {
        var engine = new CypherEngine(KazakhNews());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            engine.Execute("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)", NoParams, Defaults, cts.Token));
    }

    [Fact]
    public void Syntax_errors_carry_code_and_position()
    {
        var engine = new CypherEngine(new PropertyGraph());

        var error = Assert.Throws<CypherQueryException>(() => Run(engine, "MATCH (n)\nRETURN n ORDER"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("RETURN $missing", "Neo.ClientError.Statement.ParameterMissing")]
    [InlineData("RETURN 1 / 0", "Neo.ClientError.Statement.ArithmeticError")]
    [InlineData("WITH 'a' AS s RETURN s * 2", "Neo.ClientError.Statement.TypeError")]
    [InlineData("RETURN 'a' * 2", "Neo.ClientError.Statement.SyntaxError")]
    [InlineData("RETURN nope", "Neo.ClientError.Statement.SyntaxError")]
    public void Errors_use_neo4j_status_codes(string query, string code)
    {
        var engine = new CypherEngine(new PropertyGraph());

        Assert.Equal(code, Assert.Throws<CypherQueryException>(() => Run(engine, query)).Code);
    }

    [Fact]
    public void Write_counters_are_reported()
    {
        var engine = new CypherEngine(new PropertyGraph());

        var counters = engine.ExecuteWithCounters(
            "CREATE (a:A {x: 1})-[:R {w: 2}]->(b:B) SET a:C REMOVE b:B", NoParams, Defaults, CancellationToken.None).Counters;

        Assert.Equal(2, counters.NodesCreated);
        Assert.Equal(1, counters.RelationshipsCreated);
        Assert.Equal(2, counters.PropertiesSet);
        Assert.Equal(3, counters.LabelsAdded);
        Assert.Equal(1, counters.LabelsRemoved);
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE")]
    [InlineData("CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)")]
    [InlineData("CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.name_en]")]
    public void Schema_statements_are_accepted(string statement)
    {
        var engine = new CypherEngine(new PropertyGraph());

        Assert.Empty(Run(engine, statement).Rows);
    }

    [Fact]
    public void Concurrent_reads_and_writes_do_not_interfere()
    {
        var engine = new CypherEngine(KazakhNews());

        Parallel.For(0, 200, i =>
        {
            if (i % 10 == 0)
            {
                Run(engine, "CREATE (:Entity {id: $id})", Params(("id", $"n{i}")));
            }
            else
            {
                Run(engine, "MATCH (n:Entity) RETURN count(n)");
            }
        });

        Assert.Equal(24L, Run(engine, "MATCH (n:Entity) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public async Task Query_runner_is_read_only_limited_and_times_out()
    {
        var runner = new CypherEngineQueryRunner(new CypherEngine(KazakhNews()));

        var result = await runner.RunReadOnlyAsync(new CypherQuery("MATCH (n:Entity) RETURN n.id", NoParams, 2, TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAsync<CypherWriteRefusedException>(() =>
            runner.RunReadOnlyAsync(new CypherQuery("CREATE (n)", NoParams, 10, TimeSpan.FromSeconds(5))));
        await Assert.ThrowsAsync<TimeoutException>(() => runner.RunReadOnlyAsync(new CypherQuery(
            "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)", NoParams, 10, TimeSpan.FromMilliseconds(100))));

        Assert.Equal(2, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Introspection_procedures_list_labels_and_types()
    {
        var engine = new CypherEngine(KazakhNews());

        var labels = Run(engine, "CALL db.labels()").Rows.Select(r => r[0]).ToList();
        var types = Run(engine, "CALL db.relationshipTypes() YIELD relationshipType AS t WHERE t STARTS WITH 'B' RETURN t").Rows;

        Assert.Equal(new object?[] { "Entity", "Person", "Place" }, labels);
        Assert.Equal("BORN_IN", Assert.Single(types)[0]);
    }

    [Fact]
    public void Host_parameter_types_are_normalised()
    {
        var engine = new CypherEngine(new PropertyGraph());
        var parameters = Params(
            ("ints", new[] { 1, 2 }),
            ("map", new Dictionary<string, string> { ["k"] = "v" }),
            ("when", new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)));

        var row = Assert.Single(Run(engine, "RETURN $ints[1] + 1 AS i, $map.k AS k, $when AS w", parameters).Rows);

        Assert.Equal(3L, row[0]);
        Assert.Equal("v", row[1]);
        Assert.Equal("2026-11-24T00:00:00.0000000+00:00", row[2]);
    }

    [Fact]
    public void A_failing_write_query_leaves_the_graph_unchanged()
    {
        var graph = KazakhNews();
        var engine = new CypherEngine(graph);

        Assert.Throws<CypherQueryException>(() => Run(
            engine,
            "MATCH (p:Person {id: 'q-tokayev'}) SET p.name = 'x', p:Changed DETACH DELETE p "
            + "WITH 1 AS one CREATE (:New {id: 'n1'}) WITH one UNWIND [1, 0] AS d CREATE (:New {v: one / d})"));

        var row = Assert.Single(Run(engine, "MATCH (p:Entity {id: 'q-tokayev'}) RETURN p.name, labels(p), size([(p)-->() | 1])").Rows);
        Assert.Equal("Kassym-Jomart Tokayev", row[0]);
        Assert.Equal(new List<object?> { "Entity", "Person" }, row[1]);
        Assert.Equal(1L, row[2]);
        Assert.Equal(0L, Run(engine, "MATCH (n:New) RETURN count(n)").Rows[0][0]);
        Assert.Equal(4, graph.NodeCount);
        Assert.Equal(3, graph.RelationshipCount);
    }
}
