using System.Text.Json;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Store;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Writes on the wire: the schema once, then every write is one parameterised auto-commit request, never a transaction.</summary>
public sealed class WriteWireTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _script = new ScriptedExecutor().AnswersWrites();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(_script);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_patch_is_the_schema_once_then_one_request_and_the_next_patch_is_one_request()
    {
        var store = TestStores.Store(_server);

        var change = await store.ApplyAsync(TestGraphs.Interview());
        var first = _server.Requests.ToList();
        _server.Requests.Clear();
        await store.ApplyAsync(TestGraphs.Summit());

        Assert.Equal(Statements.Schema.Count + 1, first.Count);
        Assert.All(first.Concat(_server.Requests), r => Assert.Equal(("POST", "/db/neo4j/query/v2"), (r.Method, r.Path)));
        Assert.Equal(WriteStatement.Text, StatementOf(first[^1]));
        Assert.Equal(WriteStatement.Text, StatementOf(Assert.Single(_server.Requests)));
        Assert.DoesNotContain("accessMode", first[^1].Body, StringComparison.Ordinal);
        Assert.Equal((6, 4, 8), (change.EntitiesCreated.Count, change.RelationshipsCreated.Count, change.MentionsAdded));
    }

    [Fact]
    public async Task Values_travel_only_as_parameters_and_labels_and_types_only_from_the_vocabulary()
    {
        var store = TestStores.Store(_server);
        var patch = TestGraphs.Interview();

        await store.ApplyAsync(patch);

        var write = _script.Executed.Single(s => s.Text == WriteStatement.Text);
        foreach (var value in patch.Entities.Select(e => e.Id).Concat(patch.Entities.Select(e => e.Name)).Append(patch.Documents[0].Text))
        {
            Assert.DoesNotContain(value, write.Text, StringComparison.Ordinal);
        }

        foreach (var type in Enum.GetValues<EntityType>())
        {
            Assert.Contains($"SET e:{type} ", write.Text, StringComparison.Ordinal);
        }

        foreach (var type in Enum.GetValues<RelationType>())
        {
            Assert.Contains($"MERGE (s)-[r:{type.Name()} {{id: row.id}}]->(t)", write.Text, StringComparison.Ordinal);
        }

        var mentions = Assert.IsType<List<object?>>(write.Parameters["mentions"]);
        Assert.Equal(8, mentions.Count);
        Assert.Equal(
            new Dictionary<string, object?> { ["document"] = "interview", ["entity"] = "kazakhstan", ["start"] = 0L, ["end"] = 10L, ["sentence"] = 0L, ["text"] = "Kazakhstan" },
            (Dictionary<string, object?>)mentions[0]!);
    }

    [Fact]
    public async Task An_entity_is_sent_flat_in_the_documented_model_with_what_it_may_add_to_a_stored_one()
    {
        var store = TestStores.Store(_server);

        await store.ApplyAsync(TestGraphs.Interview());

        var write = _script.Executed.Single(s => s.Text == WriteStatement.Text);
        var row = ((List<object?>)write.Parameters["entities"]!).Cast<Dictionary<string, object?>>().Single(e => (string)e["id"]! == "date-1992");
        var create = (Dictionary<string, object?>)row["create"]!;
        Assert.Equal(("date-1992", "Date", "1992", "1992", "1992", 1992L), (create["id"], create["type"], create["name"], create["name_en"], create["value"], create["year"]));
        Assert.Equal(["1992"], (List<object?>)create["searchKeys"]!);
        var merge = (Dictionary<string, object?>)row["merge"]!;
        Assert.False(merge.ContainsKey("aliases") || merge.ContainsKey("searchKeys") || merge.ContainsKey("year"));
        Assert.Equal(1992L, row["year"]);
    }

    [Fact]
    public async Task The_entities_documents_and_facts_of_a_write_are_sent_in_id_order_so_writers_lock_alike()
    {
        var store = TestStores.Store(_server);

        await store.ApplyAsync(TestGraphs.Interview());

        var write = _script.Executed.Single(s => s.Text == WriteStatement.Text);
        foreach (var name in new[] { "entities", "relationships", "documents" })
        {
            var ids = ((List<object?>)write.Parameters[name]!).Cast<Dictionary<string, object?>>().Select(row => (string)row["id"]!).ToList();
            Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        }
    }

    [Fact]
    public async Task The_schema_is_ensured_once_and_again_after_it_failed()
    {
        var failures = 1;
        _script.On(s => s.Text.StartsWith("CREATE CONSTRAINT entity_id", StringComparison.Ordinal) && failures-- > 0,
            _ => FakeOutcome.Fail("Neo.ClientError.Schema.ConstraintCreationFailed", "nope"));
        var store = TestStores.Store(_server);

        await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(TestGraphs.Interview()));
        await store.ApplyAsync(TestGraphs.Interview());
        await store.ApplyAsync(TestGraphs.Summit());

        var schema = _script.Executed.Count(s => Statements.Schema.Contains(s.Text));
        var before = Statements.Schema.ToList().FindIndex(s => s.StartsWith("CREATE CONSTRAINT entity_id", StringComparison.Ordinal));
        Assert.Equal(before + 1 + Statements.Schema.Count, schema);
    }

    [Fact]
    public void Every_fact_type_has_a_unique_id_constraint_and_entities_and_documents_too()
    {
        foreach (var type in Enum.GetValues<RelationType>())
        {
            Assert.Contains($"CREATE CONSTRAINT fact_{type.Name().ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type.Name()}]-() REQUIRE r.id IS UNIQUE", Statements.Schema);
        }

        Assert.Contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE", Statements.Schema);
        Assert.Contains("CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE", Statements.Schema);
    }

    [Fact]
    public async Task A_failing_write_is_one_request_that_is_not_retried_and_leaves_no_transaction()
    {
        var refusing = new ScriptedExecutor().On(s => s.Text == WriteStatement.Text, _ => FakeOutcome.Fail("Neo.ClientError.Statement.SemanticError", "bad"));
        await using var server = await FakeQueryApiServer.StartAsync(refusing);
        var store = TestStores.Store(server);
        await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(TestGraphs.Interview()));
        server.Requests.Clear();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(TestGraphs.Interview()));

        Assert.Equal("Neo.ClientError.Statement.SemanticError", error.Code);
        Assert.Single(server.Requests);
        Assert.Equal(0, server.OpenTransactions);
    }

    [Fact]
    public async Task Cancelling_a_write_abandons_its_one_request()
    {
        var store = TestStores.Store(_server);
        await store.ApplyAsync(TestGraphs.Interview());
        _server.Requests.Clear();
        _server.Options.Hang = true;
        using var cancel = new CancellationTokenSource();

        // Cancel once the fake holds the request (a fixed delay fired before it was sent on a loaded runner).
        var write = store.ApplyAsync(TestGraphs.Interview(), cancel.Token);
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (_server.Requests.IsEmpty && !write.IsCompleted)
        {
            await Task.Delay(10, hangGuard.Token);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);

        Assert.Single(_server.Requests);
        Assert.Equal(0, _server.OpenTransactions);
    }

    [Fact]
    public async Task An_invalid_patch_is_refused_before_anything_is_sent()
    {
        var store = TestStores.Store(_server);
        var patch = TestGraphs.Interview();
        var bad = patch with { Relationships = [patch.Relationships[0] with { Type = (RelationType)999 }] };

        await Assert.ThrowsAsync<InvalidGraphPatchException>(() => store.ApplyAsync(bad));

        Assert.Empty(_server.Requests);
    }

    private static string StatementOf(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("statement").GetString()!;
    }
}
