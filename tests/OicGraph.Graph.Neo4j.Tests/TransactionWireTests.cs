using System.Text.RegularExpressions;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Writes on the wire: schema once, then one explicit transaction of parameterised, batched statements.</summary>
public sealed partial class TransactionWireTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _script = new() { Fallback = _ => FakeOutcome.Empty };
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(_script);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_patch_is_schema_once_then_begin_statements_and_commit()
    {
        var store = TestStores.Store(_server);

        var change = await store.ApplyAsync(TestGraphs.Interview());

        var calls = _server.Requests.Select(r => $"{r.Method} {TxId().Replace(r.Path, "{id}")}").ToList();
        Assert.Equal(Enumerable.Repeat("POST /db/neo4j/query/v2", 6), calls.Take(6));
        Assert.Equal("POST /db/neo4j/query/v2/tx", calls[6]);
        Assert.All(calls.Skip(7).SkipLast(1), call => Assert.Equal("POST /db/neo4j/query/v2/tx/{id}", call));
        Assert.Equal("POST /db/neo4j/query/v2/tx/{id}/commit", calls[^1]);
        Assert.Equal("{}", _server.Requests.ElementAt(6).Body);
        Assert.Equal((6, 4, 8), (change.EntitiesCreated.Count, change.RelationshipsCreated.Count, change.MentionsAdded));
    }

    [Fact]
    public async Task Statements_carry_values_only_as_parameters_and_labels_only_from_the_vocabulary()
    {
        var store = TestStores.Store(_server);
        var patch = TestGraphs.Interview();

        await store.ApplyAsync(patch);

        var statements = _script.Executed.Where(s => s.TransactionId is not null).ToList();
        foreach (var value in patch.Entities.Select(e => e.Id).Concat(patch.Entities.Select(e => e.Name)).Append(patch.Documents[0].Text))
        {
            Assert.DoesNotContain(statements, s => s.Text.Contains(value, StringComparison.Ordinal));
        }

        Assert.Contains(statements, s => s.Text.StartsWith("UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e = row, e:Country", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("MERGE (s)-[r:MEMBER_OF {id: row.properties.id}]->(t)", StringComparison.Ordinal));
        var mentions = Assert.Single(statements, s => s.Text.Contains("CREATE (d)-[:MENTIONS", StringComparison.Ordinal));
        var rows = Assert.IsType<List<object?>>(mentions.Parameters["rows"]);
        Assert.Equal(8, rows.Count);
        Assert.Equal(
            new Dictionary<string, object?> { ["document"] = "interview", ["entity"] = "kazakhstan", ["start"] = 0L, ["end"] = 10L, ["sentence"] = 0L, ["text"] = "Kazakhstan" },
            (Dictionary<string, object?>)rows[0]!);
    }

    [Fact]
    public async Task An_entity_is_stored_flat_in_the_documented_model()
    {
        var store = TestStores.Store(_server);

        await store.ApplyAsync(TestGraphs.Interview());

        var upsert = _script.Executed.First(s => s.Text.Contains("e:Date", StringComparison.Ordinal));
        var row = (Dictionary<string, object?>)Assert.Single((List<object?>)upsert.Parameters["rows"]!)!;
        Assert.Equal("date-1992", row["id"]);
        Assert.Equal("Date", row["type"]);
        Assert.Equal("1992", row["name"]);
        Assert.Equal("1992", row["name_en"]);
        Assert.Equal("1992", row["value"]);
        Assert.Equal(["1992"], (List<object?>)row["searchKeys"]!);
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

        Assert.Equal(1 + 6, _script.Executed.Count(s => s.Text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || s.Text.StartsWith("CREATE INDEX", StringComparison.Ordinal) || s.Text.StartsWith("CREATE FULLTEXT", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_nothing_is_committed()
    {
        _script.On("CREATE (d)-[:MENTIONS", FakeOutcome.Fail("Neo.ClientError.Statement.SemanticError", "bad"));
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(TestGraphs.Interview()));

        Assert.Equal("Neo.ClientError.Statement.SemanticError", error.Code);
        Assert.Equal("DELETE", _server.Requests.Last().Method);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal(0, _server.OpenTransactions);
    }

    [Fact]
    public async Task Cancelling_a_write_rolls_its_transaction_back()
    {
        using var cancel = new CancellationTokenSource();
        _script.On("MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE d.id IN $documents RETURN", _ =>
        {
            cancel.Cancel();
            return FakeOutcome.Empty;
        });
        var store = TestStores.Store(_server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ApplyAsync(TestGraphs.Interview(), cancel.Token));

        Assert.Equal("DELETE", _server.Requests.Last().Method);
        Assert.Equal(0, _server.OpenTransactions);
    }

    [Fact]
    public async Task A_transaction_that_expired_mid_write_makes_the_store_unavailable()
    {
        _script.On("MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE d.id IN $documents RETURN", _ =>
        {
            _server.ExpireTransactions();
            return FakeOutcome.Empty;
        });
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.ApplyAsync(TestGraphs.Interview()));

        Assert.Contains("was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cluster_affinity_header_is_replayed_on_every_transaction_request()
    {
        _server.Options.ClusterAffinity = "MTAuOC41Ljc6MTc0NzQ=";
        var store = TestStores.Store(_server);

        await store.ApplyAsync(TestGraphs.Interview());

        Assert.All(_server.Requests.Where(r => r.Path.Contains("/tx/", StringComparison.Ordinal)), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Affinity));
        Assert.Contains(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
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

    [GeneratedRegex("(?<=/tx/)[0-9a-f]+")]
    private static partial Regex TxId();
}
