using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// The fake's transactions run at once with Neo4j's locking (Operations manual, "Locks and deadlocks", "Concurrent data
/// access"): writes lock what they change until commit or rollback, MERGE on a unique key queues behind a creator of the
/// same key, reads take no lock and see only committed data, a deadlock fails one transaction, a rollback undoes only its
/// own changes. Driven over raw Query API requests, explicit transactions held open between them.
/// </summary>
public sealed class FakeLockingTests : IAsyncLifetime
{

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly CypherEngineExecutor _database = new();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync(_database);
        await AutoCommitAsync("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_merge_of_a_key_another_transaction_is_creating_waits_for_it_and_does_not_create_it_again()
    {
        var first = await BeginAsync("MERGE (e:Entity {id: 'kz'}) ON CREATE SET e.createdBy = 'first' RETURN e.createdBy AS by");
        var second = PostAsync("/tx", "MERGE (e:Entity {id: 'kz'}) ON CREATE SET e.createdBy = 'second' RETURN e.createdBy AS by");

        await WaitsForALockAsync(second, 1);
        await CommitAsync(first.Id);
        var answer = await second;
        await CommitAsync(Transaction(answer));

        Assert.Equal("first", Cell(answer));
        Assert.Equal(1L, Cell(await AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) RETURN count(e) AS n", read: true)));
    }

    [Fact]
    public async Task A_read_does_not_wait_for_a_writer_and_sees_only_what_is_committed()
    {
        await AutoCommitAsync("CREATE (:Entity {id: 'kz', name: 'old'})");
        var writer = await BeginAsync("MATCH (e:Entity {id: 'kz'}) SET e.name = 'new'");

        var during = AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) RETURN e.name AS name", read: true);
        var duringInWriteMode = AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) RETURN e.name AS name");
        Assert.True(await FinishesWithin(Task.WhenAll(during, duringInWriteMode), TimeSpan.FromSeconds(30)));
        await CommitAsync(writer.Id);

        Assert.Equal("old", Cell(await during));
        Assert.Equal("old", Cell(await duringInWriteMode));
        Assert.Equal("new", Cell(await AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) RETURN e.name AS name", read: true)));
    }

    [Fact]
    public async Task A_write_to_what_another_transaction_wrote_waits_for_its_commit_and_then_sees_it()
    {
        await AutoCommitAsync("CREATE (:Entity {id: 'kz', hits: 0})");
        var first = await BeginAsync("MATCH (e:Entity {id: 'kz'}) SET e.hits = e.hits + 1");
        var second = AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) SET e.hits = e.hits + 1 RETURN e.hits AS hits");

        await WaitsForALockAsync(second, 1);
        await CommitAsync(first.Id);

        Assert.Equal(2L, Cell(await second));
    }

    [Fact]
    public async Task Two_transactions_waiting_for_each_other_fail_one_with_DeadlockDetected_and_the_other_goes_on()
    {
        await AutoCommitAsync("CREATE (:Entity {id: 'a'}), (:Entity {id: 'b'})");
        var first = await BeginAsync("MATCH (e:Entity {id: 'a'}) SET e.by = 'first'");
        var second = await BeginAsync("MATCH (e:Entity {id: 'b'}) SET e.by = 'second'");

        var firstWaits = PostAsync($"/tx/{first.Id}", "MATCH (e:Entity {id: 'b'}) SET e.by = 'first'");
        await WaitsForALockAsync(firstWaits, 1);
        var refused = await PostAsync($"/tx/{second.Id}", "MATCH (e:Entity {id: 'a'}) SET e.by = 'second'");
        await firstWaits;
        await CommitAsync(first.Id);

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(1, _database.Deadlocks);
        var rows = await AutoCommitAsync("MATCH (e:Entity) RETURN e.id + '=' + e.by AS row ORDER BY row", read: true);
        Assert.Equal(["a=first", "b=first"], rows["data"]!["values"]!.AsArray().Select(row => row![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_rollback_undoes_its_own_changes_and_none_of_a_concurrent_transactions()
    {
        await AutoCommitAsync("CREATE (:Entity {id: 'a', by: 'none'}), (:Entity {id: 'b', by: 'none'})");
        var undone = await BeginAsync("MATCH (e:Entity {id: 'a'}) SET e.by = 'undone' CREATE (:Entity {id: 'c', by: 'undone'})");
        var kept = await BeginAsync("MATCH (e:Entity {id: 'b'}) SET e.by = 'kept' CREATE (:Entity {id: 'd', by: 'kept'})");

        using (var rollback = await _http.SendAsync(Request(HttpMethod.Delete, $"/tx/{undone.Id}", null)))
        {
            Assert.Equal(200, (int)rollback.StatusCode);
        }

        await CommitAsync(kept.Id);

        var rows = await AutoCommitAsync("MATCH (e:Entity) RETURN e.id + '=' + e.by AS row ORDER BY row", read: true);
        Assert.Equal(["a=none", "b=kept", "d=kept"], rows["data"]!["values"]!.AsArray().Select(row => row![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_idle_transaction_times_out_and_one_whose_statement_waits_for_its_lock_does_not()
    {
        await AutoCommitAsync("CREATE (:Entity {id: 'kz', hits: 0})");
        var idle = await BeginAsync("MATCH (e:Entity {id: 'kz'}) SET e.hits = e.hits + 1");
        var waiter = await BeginAsync("RETURN 1 AS ready");
        var waiting = PostAsync($"/tx/{waiter.Id}", "MATCH (e:Entity {id: 'kz'}) SET e.hits = e.hits + 1 RETURN e.hits AS hits");
        await WaitsForALockAsync(waiting, 1);

        _server.ExpireTransactions();
        var answer = await waiting;
        await CommitAsync(waiter.Id);

        Assert.Equal(1L, Cell(answer)); // the idle one's increment was rolled back with it
        Assert.Equal(1L, Cell(await AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) RETURN e.hits AS hits", read: true)));
    }

    /// <summary>
    /// As Neo4j's Query API holds a transaction for one request at a time (QueryResourceTxErrorIT's concurrent-access
    /// case): while a statement of it waits for a lock, another statement, a commit and a DELETE on it are each refused
    /// with 400 TransactionAccessedConcurrently, and none of them ends it; the waiting statement then runs and commits.
    /// </summary>
    [Fact]
    public async Task Requests_on_a_transaction_another_request_holds_are_refused_and_leave_it_running()
    {
        await AutoCommitAsync("CREATE (:Entity {id: 'kz', hits: 0})");
        var holder = await BeginAsync("MATCH (e:Entity {id: 'kz'}) SET e.hits = e.hits + 1");
        var busy = await BeginAsync("RETURN 1 AS ready");
        var waiting = PostAsync($"/tx/{busy.Id}", "MATCH (e:Entity {id: 'kz'}) SET e.hits = e.hits + 10 RETURN e.hits AS hits");
        await WaitsForALockAsync(waiting, 1);

        var refused = new List<(int Status, JsonNode Answer)>
        {
            await SendAsync(HttpMethod.Post, $"/tx/{busy.Id}", """{"statement": "RETURN 2 AS two"}"""),
            await SendAsync(HttpMethod.Post, $"/tx/{busy.Id}/commit", "{}"),
            await SendAsync(HttpMethod.Delete, $"/tx/{busy.Id}", null),
        };
        await CommitAsync(holder.Id);
        var answer = await waiting;
        await CommitAsync(busy.Id);

        Assert.All(refused, r => Assert.Equal(400, r.Status));
        Assert.All(refused, r => Assert.Equal("Neo.ClientError.Transaction.TransactionAccessedConcurrently", r.Answer["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(11L, Cell(answer));
        Assert.Equal(11L, Cell(await AutoCommitAsync("MATCH (e:Entity {id: 'kz'}) RETURN e.hits AS hits", read: true)));
        Assert.Equal(0, _server.OpenTransactions);
    }

    /// <summary>
    /// The negative control for the store contract's eight concurrent writers: through a write shape that is not safe
    /// under read-committed isolation (read the entity, then <c>SET e = row</c> from that read, two statements of one
    /// transaction), every writer reads before any has written, so all but the last writer's aliases are lost; on a fake
    /// that ran one transaction at a time this could not happen. The adapter's one-statement write (lock, read, merge in
    /// the database) of the same eight aliases, with writers certainly meeting on the locks, loses none.
    /// </summary>
    [Fact]
    public async Task Eight_writers_lose_aliases_through_a_stale_read_and_none_through_the_adapters_write()
    {
        const int Writers = 8;
        await AutoCommitAsync("CREATE (:Entity {id: 'kazakhstan', name: 'Kazakhstan', aliases: ['Qazaqstan']})");

        // Every transaction reads first (no lock: read committed), then each writes back its stale read plus its alias.
        var readers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => BeginAsync("MATCH (e:Entity {id: 'kazakhstan'}) RETURN e.aliases AS aliases")));
        await Task.WhenAll(readers.Select((reader, writer) =>
        {
            var stale = reader.Answer["data"]!["values"]![0]![0]!.AsArray().Select(alias => alias!.GetValue<string>());
            var row = new Dictionary<string, object?> { ["id"] = "kazakhstan", ["name"] = "Kazakhstan", ["aliases"] = stale.Append($"Qazaq{writer}").ToArray() };
            return PostAsync($"/tx/{reader.Id}/commit", "MATCH (e:Entity {id: 'kazakhstan'}) SET e = $row", new Dictionary<string, object?> { ["row"] = row });
        }));
        var unsafeAliases = (JsonArray)(await AutoCommitAsync("MATCH (e:Entity {id: 'kazakhstan'}) RETURN e.aliases AS aliases", read: true))["data"]!["values"]![0]![0]!;

        // One writer's alias survives beside the original: the other seven were overwritten from the stale read.
        var aliases = unsafeAliases.Select(alias => alias!.GetValue<string>()).ToList();
        Assert.Equal(2, aliases.Count);
        Assert.Equal("Qazaqstan", aliases[0]);
        Assert.Equal(Writers - 1, Enumerable.Range(0, Writers).Count(writer => !aliases.Contains($"Qazaq{writer}")));

        var adapterDatabase = new CypherEngineExecutor { CommitDelay = TimeSpan.FromMilliseconds(200) };
        await using var adapterServer = await FakeQueryApiServer.StartAsync(adapterDatabase);
        var store = TestStores.Store(adapterServer);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => store.ApplyAsync(Overlapping(writer)))));
        var entity = await store.GetEntityAsync("kazakhstan");

        Assert.Equal(Enumerable.Range(0, Writers).Select(writer => $"Qazaq{writer}").Order(StringComparer.Ordinal), entity!.Aliases.Order(StringComparer.Ordinal));
        Assert.True(adapterDatabase.LockWaits > 0, "the adapter's writers never met on a lock");
    }

    private static Model.GraphPatch Overlapping(int writer)
    {
        var alias = $"Qazaq{writer}";
        var doc = Contract.TestGraphs.Doc($"wire-{writer}", $"Kazakhstan, {alias}, is a member of the OIC.");
        var kazakhstan = Contract.TestGraphs.Kazakhstan with { Aliases = [alias], SearchKeys = ["kazakhstan", alias.ToLowerInvariant()] };
        return new Model.GraphPatch(
            [doc],
            [kazakhstan, Contract.TestGraphs.Oic],
            [Contract.TestGraphs.Fact("kazakhstan", Model.RelationType.MemberOf, "oic", Contract.TestGraphs.Evidence(doc, "Kazakhstan, " + alias + ", is a member of the OIC"))],
            [Contract.TestGraphs.Mention(doc, "kazakhstan", "Kazakhstan"), Contract.TestGraphs.Mention(doc, "oic", "OIC")]);
    }

    private static async Task<bool> FinishesWithin(Task task, TimeSpan time) => await Task.WhenAny(task, Task.Delay(time)) == task;

    /// <summary>
    /// Returns once the fake has counted <paramref name="waits"/> lock waits in all, with <paramref name="request"/> still
    /// unanswered: the next step may rely on it waiting on the server, however long a loaded machine took to send it.
    /// </summary>
    private async Task WaitsForALockAsync(Task request, int waits)
    {
        for (var polls = 0; polls < 3000 && _database.LockWaits < waits && !request.IsCompleted; polls++)
        {
            await Task.Delay(10);
        }

        Assert.False(request.IsCompleted, "the request was answered instead of waiting for the lock");
        Assert.True(_database.LockWaits >= waits, "the request never waited for a lock");
    }

    private async Task<(string Id, JsonNode Answer)> BeginAsync(string statement)
    {
        var answer = await PostAsync("/tx", statement);
        return (Transaction(answer), answer);
    }

    private async Task CommitAsync(string id)
    {
        var answer = await PostAsync($"/tx/{id}/commit", null);
        Assert.Null(answer["errors"]);
    }

    private Task<JsonNode> AutoCommitAsync(string statement, bool read = false) => PostAsync("", statement, null, read);

    private async Task<JsonNode> PostAsync(string path, string? statement, Dictionary<string, object?>? parameters = null, bool read = false)
    {
        var body = new JsonObject();
        if (statement is not null)
        {
            body["statement"] = statement;
            if (parameters is not null)
            {
                body["parameters"] = JsonSerializer.SerializeToNode(parameters);
            }

            if (read)
            {
                body["accessMode"] = "READ";
            }
        }

        using var response = await _http.SendAsync(Request(HttpMethod.Post, path, body.ToJsonString()));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<(int Status, JsonNode Answer)> SendAsync(HttpMethod method, string path, string? body)
    {
        using var response = await _http.SendAsync(Request(method, path, body));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, new Uri(_server.Uri, "/db/neo4j/query/v2" + path));
        if (body is not null)
        {
            request.Content = new StringContent(body, new MediaTypeHeaderValue("application/json"));
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:test-password")));
        return request;
    }

    private static string Transaction(JsonNode answer) =>
        answer["transaction"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"no transaction in {answer.ToJsonString()}");

    private static object? Cell(JsonNode answer) => answer["data"]!["values"]![0]![0] switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value => value.GetValue<string>(),
        _ => null,
    };
}
