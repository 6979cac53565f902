using System.Net;
using System.Text;
using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class ExtractionEndpointTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    // A sentence of the seed interview: Kazakhstan joined the organisation in 1992.
    private const string Sentence = "قازاقستان تاۋەلسىزدىك العاننان كەيىن، 1992 -جىلى اتالعان ۇيىمعا مۇشەلىككە ەندى.";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Extract_returns_the_contract_with_spans_into_the_exact_text_and_stores_nothing()
    {
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/stats");

        var response = await _client.PostAsJsonAsync("/api/extract", new { text = Sentence, documentId = "probe", date = "2024-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("probe", result.GetProperty("document").GetProperty("id").GetString());
        var kazakhstan = Assert.Single(result.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "kazakhstan");
        Assert.Equal("Country", kazakhstan.GetProperty("type").GetString());
        Assert.All(result.GetProperty("entities").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()), m =>
            Assert.Equal(Sentence[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()], m.GetProperty("text").GetString()));
        Assert.Contains(result.GetProperty("entities").EnumerateArray(), e => e.GetProperty("type").GetString() == "Date");
        var after = await _client.GetFromJsonAsync<JsonElement>("/api/stats");
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Arabic_script_comes_back_unescaped()
    {
        var response = await _client.PostAsJsonAsync("/api/extract", new { text = Sentence });

        Assert.Contains("قازاقستان", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": \"\"}", "text")]
    [InlineData("{\"text\": \"   \"}", "text")]
    [InlineData("{\"documentId\": \"x\"}", "text")]
    [InlineData("{\"text\": \"قازاقستان\", \"date\": \"November 2023\"}", "date")]
    [InlineData("{\"text\": \"قازاقستان\", \"documentId\": \"has spaces\"}", "documentId")]
    public async Task Invalid_requests_get_a_validation_problem_naming_the_field(string json, string field)
    {
        var response = await _client.PostAsync("/api/extract", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await _client.PostAsync("/api/extract", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await _client.PostAsync("/api/extract", new StringContent(Sentence, Encoding.UTF8, "text/plain"));

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
    }
}

public sealed class RequestLimitTests : IClassFixture<RequestLimitTests.SmallLimitsFactory>
{
    private readonly HttpClient _client;

    public RequestLimitTests(SmallLimitsFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Text_over_the_configured_length_is_a_413_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/extract", new { text = new string('ا', 2_000) });

        var problem = await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_configured_size_is_a_413_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/extract", new { text = new string('ا', 20_000) });

        await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    public sealed class SmallLimitsFactory : IDisposable
    {
        private readonly OicGraphApiFactory _inner = new();

        public SmallLimitsFactory()
        {
            _inner.Settings["Api:Limits:MaxTextLength"] = "1000";
            _inner.Settings["Api:Limits:MaxRequestBodyBytes"] = "10000";
        }

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
