using System.Text.Json;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>What the query client puts on the wire and how it reads the answers.</summary>
public sealed class QueryClientWireTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _script = new();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(_script);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_read_posts_statement_then_parameters_then_read_mode_with_plain_json_headers_and_basic_auth()
    {
        _script.On("MATCH (e:Entity {id: $id})", FakeOutcome.Table(["ok"], [1L]));
        var client = TestStores.Client(TestStores.Options(_server.Uri));

        await client.RunAsync(
            new Statement("MATCH (e:Entity {id: $id}) RETURN 1", new Dictionary<string, object?> { ["id"] = "kazakhstan", ["none"] = null }),
            new RunOptions(AccessMode.Read), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal("Basic bmVvNGo6dGVzdC1wYXNzd29yZA==", request.Authorization);
        Assert.Equal("""{"statement":"MATCH (e:Entity {id: $id}) RETURN 1","parameters":{"id":"kazakhstan","none":null},"accessMode":"Read"}""", request.Body);
    }

    [Fact]
    public async Task A_write_sends_no_access_mode_and_floats_keep_their_point()
    {
        _script.On("CREATE", FakeOutcome.Empty);
        var client = TestStores.Client(TestStores.Options(_server.Uri));

        await client.RunAsync(
            new Statement("CREATE (:X {a: $a, b: $b, c: $c})", new Dictionary<string, object?> { ["a"] = 1.0, ["b"] = 9007199254740993L, ["c"] = new[] { 1, 2 } }),
            new RunOptions(AccessMode.Write), CancellationToken.None);

        Assert.Equal("""{"statement":"CREATE (:X {a: $a, b: $b, c: $c})","parameters":{"a":1.0,"b":9007199254740993,"c":[1,2]}}""", Assert.Single(_server.Requests).Body);
        Assert.Equal(9007199254740993L, Assert.Single(_script.Executed).Parameters["b"]);
    }

    [Fact]
    public async Task Plain_json_values_parse_with_exact_64_bit_integers_and_unknown_fields_are_ignored()
    {
        _server.Options.Modern = true; // queryType and timers in the body, which 5.26 does not send
        _script.On("RETURN", FakeOutcome.Table(["big", "float", "text", "list", "map"],
            [9007199254740993L, 2.5, "Қазақстан قازاقستان", new List<object?> { 1L, "a" }, new Dictionary<string, object?> { ["k"] = 1L }]));
        var client = TestStores.Client(TestStores.Options(_server.Uri));

        var result = await client.RunAsync(new Statement("RETURN 1"), new RunOptions(), CancellationToken.None);

        Assert.Equal(["big", "float", "text", "list", "map"], result.Fields);
        var row = Assert.Single(result.Rows);
        Assert.Equal(9007199254740993L, row[0]);
        Assert.Equal(2.5, row[1]);
        Assert.Equal("Қазақстан قازاقستان", row[2]);
        Assert.Equal([1L, "a"], (IReadOnlyList<object?>)row[3]!);
        Assert.Equal(1L, ((IReadOnlyDictionary<string, object?>)row[4]!)["k"]);
    }

    [Fact]
    public async Task Typed_json_is_requested_with_its_accept_header_and_gives_nodes_relationships_and_paths()
    {
        var a = new CypherNode("4:db:0", ["Entity", "Country"], new Dictionary<string, object?> { ["id"] = "kazakhstan", ["n"] = 1L });
        var b = new CypherNode("4:db:1", ["Entity"], new Dictionary<string, object?> { ["id"] = "oic" });
        var r = new CypherRelationship("5:db:7", "MEMBER_OF", a.ElementId, b.ElementId, new Dictionary<string, object?> { ["since"] = "1992" });
        _script.On("MATCH", FakeOutcome.Table(["a", "r", "p"], [a, r, new CypherPath([a, b], [r])]));
        var client = TestStores.Client(TestStores.Options(_server.Uri));

        var result = await client.RunAsync(new Statement("MATCH p=(a)-[r]->(b) RETURN a, r, p"), new RunOptions(Format: ResultFormat.Typed), CancellationToken.None);

        Assert.Equal("application/vnd.neo4j.query", Assert.Single(_server.Requests).Accept);
        var row = Assert.Single(result.Rows);
        var node = Assert.IsType<CypherNode>(row[0]);
        Assert.Equal(("4:db:0", "kazakhstan", 1L), (node.ElementId, node.Properties["id"], node.Properties["n"]));
        Assert.Equal(["Entity", "Country"], node.Labels);
        var relationship = Assert.IsType<CypherRelationship>(row[1]);
        Assert.Equal(("MEMBER_OF", "4:db:0", "4:db:1", "1992"), (relationship.Type, relationship.StartElementId, relationship.EndElementId, relationship.Properties["since"]));
        var path = Assert.IsType<CypherPath>(row[2]);
        Assert.Equal(2, path.Nodes.Count);
        Assert.Single(path.Relationships);
    }

    [Fact]
    public void The_recorded_5_26_typed_answer_parses()
    {
        // shared/docs/neo4j-query-api.md §1.9 B, verbatim from a 5.26.31 server.
        const string Body = """{"data":{"fields":["a","r","p"],"values":[[{"$type":"Node","_value":{"_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:63","_labels":["Dbimp"],"_properties":{"k":{"$type":"String","_value":"n1"}}}},{"$type":"Relationship","_value":{"_element_id":"5:486e1f63-c40c-4f84-8bb8-729ab6bc3132:1152922604118474815","_start_node_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:63","_end_node_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:0","_type":"DBIMP_R","_properties":{"w":{"$type":"Integer","_value":"2"}}}},{"$type":"Path","_value":[{"$type":"Node","_value":{"_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:63","_labels":["Dbimp"],"_properties":{"k":{"$type":"String","_value":"n1"}}}},{"$type":"Relationship","_value":{"_element_id":"5:486e1f63-c40c-4f84-8bb8-729ab6bc3132:1152922604118474815","_start_node_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:63","_end_node_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:0","_type":"DBIMP_R","_properties":{"w":{"$type":"Integer","_value":"2"}}}},{"$type":"Node","_value":{"_element_id":"4:486e1f63-c40c-4f84-8bb8-729ab6bc3132:0","_labels":["Dbimp"],"_properties":{"k":{"$type":"String","_value":"n2"}}}}]}]]},"bookmarks":["FB:kcwQSG4fY8QMT4SLuHKatrwxMskCVZA="]}""";
        using var document = JsonDocument.Parse(Body);

        var response = QueryResponseReader.Read(document.RootElement, ResultFormat.Typed, null);

        var row = Assert.Single(response.Result.Rows);
        Assert.Equal("n1", Assert.IsType<CypherNode>(row[0]).Properties["k"]);
        Assert.Equal(2L, Assert.IsType<CypherRelationship>(row[1]).Properties["w"]);
        Assert.Equal(["n1", "n2"], Assert.IsType<CypherPath>(row[2]).Nodes.Select(n => n.Properties["k"]));
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task A_202_with_errors_is_a_failure_even_with_partial_rows()
    {
        _script.On("UNWIND", FakeOutcome.PartialThenFail(["f"], [[1L]], "Neo.ClientError.Statement.ArithmeticError", "/ by zero"));
        var client = TestStores.Client(TestStores.Options(_server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jServerException>(() =>
            client.RunAsync(new Statement("UNWIND [1, 0] AS x RETURN 1 / x AS f"), new RunOptions(), CancellationToken.None));

        Assert.Equal((202, "Neo.ClientError.Statement.ArithmeticError", "/ by zero"), (error.Status, error.Code, error.Message));
    }

    [Fact]
    public async Task The_database_name_goes_into_the_path_and_a_missing_one_is_a_404()
    {
        var client = TestStores.Client(TestStores.Options(_server.Uri, o => o.Database = "graph-db"));

        var error = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync(new Statement("RETURN 1"), new RunOptions(), CancellationToken.None));

        Assert.Equal("/db/graph-db/query/v2", Assert.Single(_server.Requests).Path);
        Assert.Equal((404, "Neo.ClientError.Database.DatabaseNotFound"), (error.Status, error.Code));
    }

    [Fact]
    public async Task Without_credentials_no_authorization_header_is_sent()
    {
        _server.Options.User = null; // NEO4J_AUTH=none
        var client = TestStores.Client(TestStores.Options(_server.Uri, o => (o.User, o.Password) = (null, null)));

        var result = await client.RunAsync(new Statement("RETURN 1"), new RunOptions(), CancellationToken.None);

        Assert.Equal(1L, result.Scalar);
        Assert.Null(Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task A_uri_with_a_path_prefix_keeps_it()
    {
        var client = TestStores.Client(TestStores.Options(new Uri(_server.Uri, "/proxy")));

        await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync(new Statement("RETURN 1"), new RunOptions(), CancellationToken.None));

        Assert.Equal("/proxy/db/neo4j/query/v2", Assert.Single(_server.Requests).Path);
    }
}
