using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>The fake answers raw requests with the documented statuses and bodies (shared/docs/neo4j-query-api.md §1.7, §1.9).</summary>
public sealed class FakeServerFidelityTests : IAsyncLifetime
{
    private const string Auth = "bmVvNGo6dGVzdC1wYXNzd29yZA==";
    private readonly HttpClient _http = new();
    private readonly ScriptedExecutor _script = new();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(_script);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(null, "application/json", """{"statement":"RETURN 1"}""", 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"No authentication header supplied."}]}""")]
    [InlineData("Basic bmVvNGo6d3Jvbmc=", "application/json", """{"statement":"RETURN 1"}""", 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""")]
    [InlineData("Basic !!!", "application/json", """{"statement":"RETURN 1"}""", 401, """{"errors":[{"code":"Neo.ClientError.Request.InvalidFormat","message":"Invalid authentication header."}]}""")]
    [InlineData("Basic " + Auth, null, """{"statement":"RETURN 1"}""", 415, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Unsupported Media Type"}]}""")]
    [InlineData("Basic " + Auth, "text/csv", """{"statement":"RETURN 1"}""", 415, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Unsupported Media Type"}]}""")]
    [InlineData("Basic " + Auth, "application/json", """{"statement":""}""", 400, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"statement cannot be null or empty"}]}""")]
    [InlineData("Basic " + Auth, "application/json", """{"statement":"RETURN 1","txMetadata":{}}""", 400, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Bad Request"}]}""")]
    [InlineData("Basic " + Auth, "application/json", """{"parameters":{},"statement":"RETURN 1"}""", 400, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Bad Request"}]}""")]
    [InlineData("Basic " + Auth, "application/json", """{"statement":"RETURN 1","accessMode":"sideways"}""", 400, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Bad Request"}]}""")]
    [InlineData("Basic " + Auth, "application/json", """{"statement":"RETURN 1","accessMode":"read"}""", 202, """{"data":{"fields":["ok"],"values":[[1]]},"bookmarks":["FB:""")]
    [InlineData("Basic " + Auth, "application/json", """{"statement":"CREATE (n)","accessMode":"READ"}""", 400, """{"errors":[{"code":"Neo.ClientError.Statement.AccessMode","message":"Writing in read access mode not allowed. Attempted write to neo4j"}]}""")]
    public async Task Requests_get_the_documented_status_and_body(string? authorization, string? contentType, string body, int status, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Uri, "/db/neo4j/query/v2")) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (contentType is not null)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await _http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.StartsWith(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        if (status == 401)
        {
            Assert.Equal("Basic realm=\"Neo4j\", Bearer realm=\"Neo4j\"", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Theory]
    [InlineData("application/vnd.neo4j.query.v1.1", 406)]
    [InlineData("application/jsonl", 406)]
    [InlineData("application/vnd.neo4j.query.v1.0, application/json;q=0.9", 202)]
    public async Task Accept_is_negotiated_as_on_5_26(string accept, int status)
    {
        using var request = Post("/db/neo4j/query/v2", """{"statement":"RETURN 1"}""");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 406)
        {
            Assert.Equal("""{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Not Acceptable"}]}""", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Equal("application/vnd.neo4j.query", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("""{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}""", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_database_error_is_a_500_and_a_transient_one_a_400()
    {
        _script.On("RETURN 500", FakeOutcome.Fail("Neo.DatabaseError.General.UnknownError", "An unknown error occurred."));
        _script.On("RETURN 400", FakeOutcome.Fail("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request."));

        using var fault = await _http.SendAsync(Post("/db/neo4j/query/v2", """{"statement":"RETURN 500"}"""));
        using var transient = await _http.SendAsync(Post("/db/neo4j/query/v2", """{"statement":"RETURN 400"}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, fault.StatusCode);
        Assert.Equal("""{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"An unknown error occurred."}]}""", await fault.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, transient.StatusCode);
    }

    [Fact]
    public async Task Other_methods_get_405_and_an_unknown_database_404()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Uri, "/db/neo4j/query/v2"));
        get.Headers.TryAddWithoutValidation("Authorization", "Basic " + Auth);
        using var wrongMethod = await _http.SendAsync(get);
        using var unknown = await _http.SendAsync(Post("/db/nothing/query/v2", """{"statement":"RETURN 1"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("""{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Method Not Allowed"}]}""", await wrongMethod.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("""{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'nothing'."}]}""", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_transaction_opens_runs_commits_and_is_then_gone()
    {
        using var begin = await _http.SendAsync(Post("/db/neo4j/query/v2/tx", "{}"));
        var opened = await begin.Content.ReadAsStringAsync();
        var id = System.Text.Json.JsonDocument.Parse(opened).RootElement.GetProperty("transaction").GetProperty("id").GetString()!;
        using var run = await _http.SendAsync(Post($"/db/neo4j/query/v2/tx/{id}", """{"statement":"RETURN 1"}"""));
        using var commit = await _http.SendAsync(Post($"/db/neo4j/query/v2/tx/{id}/commit", "{}"));
        using var after = await _http.SendAsync(Post($"/db/neo4j/query/v2/tx/{id}", """{"statement":"RETURN 1"}"""));

        Assert.Equal(HttpStatusCode.Accepted, begin.StatusCode);
        Assert.Matches("""^\{"transaction":\{"id":"[0-9a-f]{6}","expires":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}\}$""", opened);
        Assert.Contains("\"transaction\":{\"id\":\"" + id, await run.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("""{"bookmarks":["FB:""", await commit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(
            $$"""{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction with Id: \"{{id}}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}""",
            await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_rollback_answers_200_with_an_empty_body_and_an_idle_transaction_expires()
    {
        _server.Options.TransactionExpiry = TimeSpan.FromMilliseconds(300);
        var first = await BeginAsync();
        var second = await BeginAsync();
        using var rollback = new HttpRequestMessage(HttpMethod.Delete, new Uri(_server.Uri, $"/db/neo4j/query/v2/tx/{first}"));
        rollback.Headers.TryAddWithoutValidation("Authorization", "Basic " + Auth);
        using var rolledBack = await _http.SendAsync(rollback);
        await Task.Delay(400);
        using var expired = await _http.SendAsync(Post($"/db/neo4j/query/v2/tx/{second}", """{"statement":"RETURN 1"}"""));

        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal("", await rolledBack.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(0, _server.OpenTransactions);
    }

    private async Task<string> BeginAsync()
    {
        using var begin = await _http.SendAsync(Post("/db/neo4j/query/v2/tx", "{}"));
        return System.Text.Json.JsonDocument.Parse(await begin.Content.ReadAsStringAsync()).RootElement.GetProperty("transaction").GetProperty("id").GetString()!;
    }

    private HttpRequestMessage Post(string path, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Uri, path)) { Content = new StringContent(body, new MediaTypeHeaderValue("application/json")) };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Auth);
        return request;
    }
}
