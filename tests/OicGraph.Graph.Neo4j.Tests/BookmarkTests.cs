using System.Text;
using System.Text.Json;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Reads see this process's writes on a cluster: the bookmarks of every write travel with the next unit of work.</summary>
public sealed class BookmarkTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_read_after_a_write_sends_the_bookmarks_the_write_committed_with()
    {
        var bookmarks = new Neo4jBookmarks();
        var store = TestStores.Store(TestStores.Options(_server.Uri), bookmarks);
        await store.ApplyAsync(TestGraphs.Interview());
        var committed = bookmarks.Current;
        var commit = _server.Requests.Last(r => r.Path.EndsWith("/commit", StringComparison.Ordinal) || r.Path.EndsWith("/query/v2", StringComparison.Ordinal));
        _server.Requests.Clear();

        await store.GetEntityAsync("kazakhstan");

        var read = Assert.Single(_server.Requests);
        Assert.Single(committed);
        Assert.Equal(committed, BookmarksSent(read));
        Assert.DoesNotContain(committed[0], BookmarksSent(commit));
    }

    [Fact]
    public async Task The_first_request_of_a_process_sends_no_bookmarks_and_the_fake_refuses_one_it_never_issued()
    {
        var store = TestStores.Store(_server);
        await store.GetEntityAsync("kazakhstan");
        Assert.Empty(BookmarksSent(Assert.Single(_server.Requests)));

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Uri, "db/neo4j/query/v2"))
        {
            Content = new StringContent("""{"statement":"RETURN 1","bookmarks":["FB:made-up"]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:test-password")));
        using var response = await http.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("Neo.ClientError.Transaction.InvalidBookmark", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_units_of_work_finishing_in_any_order_leave_both_bookmarks_and_supersede_what_they_started_from()
    {
        var bookmarks = new Neo4jBookmarks();
        bookmarks.Complete([], ["FB:a"]);
        var first = bookmarks.Current;
        var second = bookmarks.Current;

        bookmarks.Complete(first, ["FB:b"]);
        bookmarks.Complete(second, ["FB:c"]);
        bookmarks.Complete(bookmarks.Current, []);

        Assert.Equal(["FB:b", "FB:c"], bookmarks.Current);
    }

    private static List<string> BookmarksSent(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.TryGetProperty("bookmarks", out var marks) ? [.. marks.EnumerateArray().Select(m => m.GetString()!)] : [];
    }
}
