using OicGraph.Graph.Contract;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>The read-only Cypher endpoint's runner: read mode, typed results, refusals, errors, row limit and timeout.</summary>
public sealed class CypherRunnerTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _script = new();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(_script);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static CypherQuery Query(string statement, int rowLimit = 100, TimeSpan? timeout = null, Dictionary<string, object?>? parameters = null) =>
        new(statement, parameters ?? [], rowLimit, timeout ?? TimeSpan.FromSeconds(5));

    [Fact]
    public async Task A_query_runs_in_read_mode_with_typed_results_and_its_parameters()
    {
        _script.On("MATCH (e:Entity)", FakeOutcome.Table(["name"], ["Kazakhstan"]));
        var store = TestStores.Store(_server);

        var result = await store.RunReadOnlyAsync(Query("MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name", parameters: new() { ["id"] = "kazakhstan" }));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.Equal("""{"statement":"MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name","parameters":{"id":"kazakhstan"},"accessMode":"Read"}""", request.Body);
        Assert.Equal(["name"], result.Columns);
        Assert.Equal("Kazakhstan", Assert.Single(result.Rows)[0]);
        Assert.False(result.Truncated);
    }

    [Theory]
    [InlineData("CREATE (n:Entity {id: 'x'})", "CREATE")]
    [InlineData("MATCH (n) DETACH DELETE n", "DETACH")]
    [InlineData("MATCH (n) SET n.name = 'x' RETURN n", "SET")]
    [InlineData("CALL apoc.create.node(['X'], {}) YIELD node RETURN node", "CALL apoc.create.node")]
    public async Task An_obvious_write_is_refused_before_anything_is_sent(string statement, string clause)
    {
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<CypherWriteRefusedException>(() => store.RunReadOnlyAsync(Query(statement)));

        Assert.Contains(clause, error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_write_the_server_refuses_in_read_mode_is_a_refused_write()
    {
        _script.On("CALL db.someWriter", FakeOutcome.Fail("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to neo4j"));
        var store = TestStores.Store(_server);

        await Assert.ThrowsAsync<CypherWriteRefusedException>(() => store.RunReadOnlyAsync(Query("CALL db.someWriter()")));
    }

    [Fact]
    public async Task A_syntax_error_is_a_query_error_with_its_position()
    {
        _script.On("MATCH (n RETURN n", FakeOutcome.Fail("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETURN': expected ')' (line 1, column 10 (offset: 9))"));
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<CypherQueryException>(() => store.RunReadOnlyAsync(Query("MATCH (n RETURN n")));

        Assert.Equal(("Neo.ClientError.Statement.SyntaxError", 1, 10), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task A_missing_parameter_and_a_runtime_error_after_rows_are_query_errors()
    {
        _script.On("$missing", FakeOutcome.Fail("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): missing"));
        _script.On("1 / x", FakeOutcome.PartialThenFail(["f"], [[1L]], "Neo.ClientError.Statement.ArithmeticError", "/ by zero"));
        var store = TestStores.Store(_server);

        var missing = await Assert.ThrowsAsync<CypherQueryException>(() => store.RunReadOnlyAsync(Query("RETURN $missing")));
        var division = await Assert.ThrowsAsync<CypherQueryException>(() => store.RunReadOnlyAsync(Query("UNWIND [1, 0] AS x RETURN 1 / x AS f")));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", missing.Code);
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", division.Code);
    }

    [Fact]
    public async Task Rows_beyond_the_limit_are_dropped_and_reported()
    {
        _script.On("UNWIND range(1, 5)", FakeOutcome.Table(["x"], [1L], [2L], [3L], [4L], [5L]));
        var store = TestStores.Store(_server);

        var limited = await store.RunReadOnlyAsync(Query("UNWIND range(1, 5) AS x RETURN x", rowLimit: 2));
        var exact = await store.RunReadOnlyAsync(Query("UNWIND range(1, 5) AS x RETURN x", rowLimit: 5));

        Assert.Equal([1L, 2L], limited.Rows.Select(r => r[0]));
        Assert.True(limited.Truncated);
        Assert.Equal(5, exact.Rows.Count);
        Assert.False(exact.Truncated);
    }

    /// <summary>
    /// The fake never answers and the store's own timeout is 5 s, so only the query's 200 ms timeout can end the call with
    /// this code. The test's Timeout only guards against a hang; no clock is asserted (timers fire late on a loaded runner).
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task A_query_that_outlives_its_timeout_is_abandoned_with_a_timeout_error()
    {
        _server.Options.Hang = true;
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<CypherQueryException>(() => store.RunReadOnlyAsync(Query("MATCH (n) RETURN count(n)", timeout: TimeSpan.FromMilliseconds(200))));

        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", error.Code);
        Assert.Contains("within 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_larger_than_the_byte_cap_is_refused_without_reading_it_all()
    {
        _script.On("RETURN $text", FakeOutcome.Table(["text"], [new string('x', 10_000)]));
        var store = TestStores.Store(_server, o => o.MaxResponseBytes = 4096);

        var error = await Assert.ThrowsAsync<CypherQueryException>(() => store.RunReadOnlyAsync(Query("RETURN $text AS text")));

        Assert.Equal("OicGraph.Neo4j.ResultTooLarge", error.Code);
    }

    [Fact]
    public async Task The_timeout_also_goes_to_the_server_when_it_honours_max_execution_time()
    {
        _script.On("RETURN 3", FakeOutcome.Table(["x"], [3L]));
        var store = TestStores.Store(_server, o => o.SendMaxExecutionTime = true);

        await store.RunReadOnlyAsync(Query("RETURN 3 AS x", timeout: TimeSpan.FromSeconds(2.5)));

        Assert.Equal("""{"statement":"RETURN 3 AS x","accessMode":"Read","maxExecutionTime":3}""", Assert.Single(_server.Requests).Body);
    }

    [Fact]
    public async Task A_transient_error_on_a_query_is_retried()
    {
        _server.Options.TransientFailures = 1;
        _script.On("RETURN 2", FakeOutcome.Table(["x"], [2L]));
        var store = TestStores.Store(_server);

        var result = await store.RunReadOnlyAsync(Query("RETURN 2 AS x"));

        Assert.Equal(2L, Assert.Single(result.Rows)[0]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Against_a_graph_nodes_relationships_and_paths_come_back_as_graph_elements()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        var store = TestStores.Store(server);
        await store.ApplyAsync(TestGraphs.Interview());

        var result = await store.RunReadOnlyAsync(Query(
            "MATCH p = (a:Person {id: $id})-[r:WORKS_FOR]->(b:Entity) RETURN a, r, p", parameters: new() { ["id"] = "askar-mussinov" }));

        var row = Assert.Single(result.Rows);
        var person = Assert.IsType<CypherNode>(row[0]);
        Assert.Contains("Person", person.Labels);
        Assert.Equal("Askar Mussinov", person.Properties["name"]);
        var works = Assert.IsType<CypherRelationship>(row[1]);
        Assert.Equal(("WORKS_FOR", person.ElementId), (works.Type, works.StartElementId));
        Assert.Equal([(long)TestGraphs.InterviewText.IndexOf("Askar", StringComparison.Ordinal)], (IReadOnlyList<object?>)works.Properties["evidenceStart"]!);
        var path = Assert.IsType<CypherPath>(row[2]);
        Assert.Equal(["askar-mussinov", "oic"], path.Nodes.Select(n => n.Properties["id"]));
    }
}
