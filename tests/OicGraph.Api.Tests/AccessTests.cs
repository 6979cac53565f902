using System.Net;
using System.Net.Http.Headers;

namespace OicGraph.Api.Tests;

public sealed class AccessTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task With_no_key_configured_writes_are_a_403_problem_saying_how_to_enable_them()
    {
        var post = await _client.PostAsJsonAsync("/api/documents", new { text = "قازاقستان" });
        var delete = await _client.DeleteAsync("/api/documents/oic-interview-mussinov");

        var problem = await post.AssertProblem(HttpStatusCode.Forbidden);
        Assert.Contains("Api:Keys", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await delete.AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/documents/oic-interview-mussinov")).StatusCode);
    }

    [Fact]
    public async Task A_get_carries_an_etag_and_a_matching_if_none_match_gets_304()
    {
        var first = await _client.GetAsync("/api/entities/kazakhstan");
        var etag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/entities/kazakhstan");
        again.Headers.IfNoneMatch.Add(etag!);
        var second = await _client.SendAsync(again);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/entities/kazakhstan");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        var third = await _client.SendAsync(other);

        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(etag, third.Headers.ETag);
    }

    [Fact]
    public async Task Configured_origins_get_cors_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("Origin", "http://localhost:3000");

        var response = await _client.SendAsync(request);

        Assert.Equal("http://localhost:3000", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}

public sealed class RateLimitTests : IClassFixture<RateLimitTests.TightLimitFactory>
{
    private readonly HttpClient _client;

    public RateLimitTests(TightLimitFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Requests_over_the_limit_are_a_429_problem_with_retry_after()
    {
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 10 && rejected is null; i++)
        {
            var response = await _client.GetAsync("/api/stats");
            rejected = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(rejected);
        await rejected.AssertProblem(HttpStatusCode.TooManyRequests);
        Assert.NotNull(rejected.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
    }

    public sealed class TightLimitFactory : IDisposable
    {
        private readonly OicGraphApiFactory _inner = new();

        public TightLimitFactory()
        {
            _inner.Settings["Api:RateLimit:Enabled"] = "true";
            _inner.Settings["Api:RateLimit:PermitLimit"] = "3";
            _inner.Settings["Api:RateLimit:WindowSeconds"] = "60";
        }

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
