using System.Net;
using System.Net.Sockets;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>How the store fails: down, slow, transient, refused credentials, server faults; what is retried is what Neo4j's drivers retry.</summary>
public sealed class FailureTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _script = new();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync(_script.AnswersWrites());
        _script.Fallback = _ => FakeOutcome.Empty;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_server_that_is_down_makes_the_store_unavailable()
    {
        var store = TestStores.Store(TestStores.Options(new Uri($"http://127.0.0.1:{FreePort()}")));

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntityAsync("kazakhstan"));

        Assert.Contains("cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.False(await store.IsReadyAsync());
    }

    /// <summary>
    /// The fake never answers, so only the client's own timeout can end the call: the error names it and the request is
    /// not retried. No clock in the test (a loaded runner fires timers late); its Timeout only guards against a hang.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task A_server_that_stops_answering_times_out_quickly_and_is_not_retried()
    {
        _server.Options.Hang = true;
        var store = TestStores.Store(_server, o => o.Timeout = TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntityAsync("kazakhstan"));

        Assert.Contains("did not answer within 0.2 s", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Transient_errors_on_a_read_are_retried_with_backoff_until_it_succeeds()
    {
        _server.Options.TransientFailures = 2;
        var store = TestStores.Store(_server);

        Assert.Null(await store.GetEntityAsync("kazakhstan"));

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_connection_cut_mid_answer_is_a_network_fault_and_a_read_is_retried()
    {
        _server.Options.CutConnections = 1;
        var store = TestStores.Store(_server);

        Assert.True(await store.IsReadyAsync());

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_connection_cut_mid_write_is_not_retried()
    {
        var store = TestStores.Store(_server);
        await store.ApplyAsync(TestGraphs.Interview());
        _server.Requests.Clear();
        _server.Options.CutConnections = 1; // the write: it may have been applied, so it is not sent again

        await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.ApplyAsync(TestGraphs.Interview()));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_read_that_stays_transient_after_the_retries_is_unavailable()
    {
        _server.Options.TransientFailures = 10;
        var store = TestStores.Store(_server, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntityAsync("kazakhstan"));

        Assert.Contains("Neo.TransientError.Transaction.DeadlockDetected", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_deadlock_in_a_write_which_the_server_rolled_back_runs_the_write_again()
    {
        var store = TestStores.Store(_server);
        await store.ApplyAsync(TestGraphs.Interview()); // the schema is now in place
        _server.Requests.Clear();
        _server.Options.TransientFailures = 1;

        var change = await store.ApplyAsync(TestGraphs.Interview());

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Contains("MERGE (s)-[r:MEMBER_OF", r.Body, StringComparison.Ordinal));
        Assert.NotEmpty(change.EntitiesCreated);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    public async Task A_transaction_stopped_on_purpose_is_not_retried_as_neo4j_drivers_do_not(string code)
    {
        _server.Options.TransientCode = code;
        _server.Options.TransientFailures = 1;
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetEntityAsync("kazakhstan"));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")]
    public async Task A_write_to_a_member_that_cannot_take_writes_is_an_outage_that_says_what_to_configure(string code)
    {
        var store = TestStores.Store(_server, o => o.MaxRetries = 1);
        await store.ApplyAsync(TestGraphs.Interview());
        _server.Options.TransientCode = code;
        _server.Options.TransientFailures = 10;

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.ApplyAsync(TestGraphs.Interview()));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Contains("point Graph:Neo4j:Uri at the leader", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_are_a_store_error_not_an_outage_and_are_not_retried()
    {
        var store = TestStores.Store(_server, o => o.Password = "wrong");

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetEntityAsync("kazakhstan"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Single(_server.Requests);
        Assert.False(await store.IsReadyAsync());
    }

    [Fact]
    public async Task A_database_error_is_an_outage_and_is_not_retried()
    {
        _script.On("MATCH (d:Document {id: $id})", FakeOutcome.Fail("Neo.DatabaseError.General.UnknownError", "boom"));
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.GetDocumentAsync("interview"));

        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_statement_the_server_refuses_is_a_store_error()
    {
        _script.On("MATCH (d:Document {id: $id})", FakeOutcome.Fail("Neo.ClientError.Statement.SyntaxError", "Invalid input"));
        var store = TestStores.Store(_server);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetDocumentAsync("interview"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Fact]
    public async Task Cancelling_a_read_is_a_cancellation_not_an_outage()
    {
        _server.Options.Hang = true;
        var store = TestStores.Store(_server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetEntityAsync("kazakhstan", cancel.Token));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
