using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests.Hostile;

/// <summary>Every request of the catalogue gets its status as a ProblemDetails, never a 500, and the process keeps answering.</summary>
public sealed class BadInputCatalogueTests(BadInputCatalogueTests.Factory factory) : IClassFixture<BadInputCatalogueTests.Factory>
{
    public static TheoryData<BadRequest> Cases => [.. BadInputCatalogue.All()];

    [Fact]
    public void The_catalogue_covers_every_operation_with_at_least_150_cases()
    {
        var cases = BadInputCatalogue.All().ToList();
        string[] operations =
        [
            "GET /api/entities", "GET /api/entities/{id}", "GET /api/entities/{id}/relationships", "GET /api/entities/{id}/neighbors",
            "GET /api/relationships", "GET /api/relationships/{id}", "GET /api/documents", "GET /api/documents/{id}",
            "GET /api/documents/{id}/annotated", "POST /api/documents", "DELETE /api/documents/{id}", "GET /api/stats", "GET /api/paths",
            "GET /api/graph", "GET /api/timeline", "GET /api/search", "GET /api/member-states", "POST /api/extract", "POST /api/cypher",
            "GET /health/live", "GET /health/ready",
        ];

        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.All(operations, operation => Assert.Contains(cases, c => Operation(c) == operation));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_request_gets_its_status_as_a_problem_and_the_server_keeps_answering(BadRequest bad)
    {
        var client = factory.CreateClient();
        using var request = BadInputCatalogue.ToMessage(bad);

        using var response = await client.SendAsync(request);

        Assert.True(bad.Expected == response.StatusCode, $"{bad}: expected {bad.Expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)bad.Expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    private static string Operation(BadRequest bad)
    {
        var path = bad.Target.Split('?')[0];
        var segments = path.Split('/');
        var template = segments switch
        {
            [_, "api", "entities", _] => "/api/entities/{id}",
            [_, "api", "entities", _, var tail] => "/api/entities/{id}/" + tail,
            [_, "api", "relationships", _] => "/api/relationships/{id}",
            [_, "api", "documents", _] => "/api/documents/{id}",
            [_, "api", "documents", _, var tail] => "/api/documents/{id}/" + tail,
            _ => path,
        };
        return $"{bad.Method} {template}";
    }

    public sealed class Factory : IDisposable
    {
        private readonly OicGraphApiFactory _inner = new();

        public Factory()
        {
            _inner.Settings["Api:Keys:0"] = BadInputCatalogue.Key;
            _inner.Settings["Api:RateLimit:Enabled"] = "false";
            _inner.Settings["Api:Cypher:MaxResponseBytes"] = (4 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
