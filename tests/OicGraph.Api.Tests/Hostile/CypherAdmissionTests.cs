using System.Net;

namespace OicGraph.Api.Tests.Hostile;

/// <summary>With every Cypher slot and queue place taken, the next query is told to come back later, and other endpoints still answer.</summary>
public sealed class CypherAdmissionTests : IClassFixture<CypherAdmissionTests.Factory>
{
    private readonly Factory _factory;

    public CypherAdmissionTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task A_query_past_the_slots_and_the_queue_gets_503_with_a_retry_after_while_other_endpoints_answer()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/cypher", new { query = "RETURN 1" })).StatusCode);
        var busy = client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a), (b), (c), (d) RETURN count(*)", timeoutSeconds = 8 });

        // The busy query takes the only slot once it reaches the endpoint, which on a loaded test run can be seconds
        // later; from then until its time limit every other query is refused. So probe for as long as it runs: a probe
        // answered while it holds the slot, or the busy query ending before any refusal, fails below.
        HttpResponseMessage refused;
        do
        {
            await Task.Delay(100);
            refused = await client.PostAsJsonAsync("/api/cypher", new { query = "RETURN 1" });
        }
        while (refused.StatusCode == HttpStatusCode.OK && !busy.IsCompleted);

        var other = await client.GetAsync("/api/entities/kazakhstan");

        var problem = await refused.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Api:Cypher:MaxConcurrentQueries", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 120);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await busy).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/cypher", new { query = "RETURN 1" })).StatusCode);
    }

    public sealed class Factory : IDisposable
    {
        private readonly OicGraphApiFactory _inner = new();

        public Factory()
        {
            _inner.Settings["Api:Cypher:MaxConcurrentQueries"] = "1";
            _inner.Settings["Api:Cypher:QueueLimit"] = "0";
        }

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
