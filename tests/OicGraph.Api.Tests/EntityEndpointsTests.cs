using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class EntityEndpointsTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Countries_include_every_state_the_interview_names()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/entities?type=Country&limit=500");

        var ids = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Subset(ids.ToHashSet(), new HashSet<string?> { "kazakhstan", "azerbaijan", "uzbekistan", "kyrgyzstan", "turkmenistan", "saudi-arabia" });
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Equal("Country", e.GetProperty("type").GetString()));
        Assert.Equal(ids.Count, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("Kazakhstan")]
    [InlineData("Qazaqstan")]
    [InlineData("Қазақстан")]
    [InlineData("قازاقستان")]
    [InlineData("قازاقستاننىڭ")]
    public async Task A_name_in_any_script_finds_the_entity(string query)
    {
        var page = await _client.GetFromJsonAsync<JsonElement>($"/api/entities?q={Uri.EscapeDataString(query)}&type=Country");

        Assert.Contains(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == "kazakhstan");
    }

    [Fact]
    public async Task Pages_link_to_the_next_page_until_the_last()
    {
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/entities?type=Country&limit=2");
        var next = first.GetProperty("next").GetString();
        var second = await _client.GetFromJsonAsync<JsonElement>(next);

        Assert.Equal("/api/entities?type=Country&offset=2&limit=2", next);
        Assert.Equal(2, second.GetProperty("offset").GetInt32());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
        var last = await _client.GetFromJsonAsync<JsonElement>($"/api/entities?type=Country&offset={first.GetProperty("total").GetInt32() - 1}&limit=2");
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("/api/entities?type=Planet", "type")]
    [InlineData("/api/entities?limit=0", "limit")]
    [InlineData("/api/entities?limit=501", "limit")]
    [InlineData("/api/entities?offset=-1", "offset")]
    [InlineData("/api/entities/kazakhstan/relationships?direction=sideways", "direction")]
    [InlineData("/api/entities/kazakhstan/relationships?type=member-of", "type")]
    [InlineData("/api/entities/kazakhstan/neighbors?depth=4", "depth")]
    [InlineData("/api/entities/kazakhstan/neighbors?depth=0", "depth")]
    public async Task Bad_query_parameters_get_a_validation_problem_naming_the_field(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_parameter_of_the_wrong_kind_gets_a_problem_that_names_it()
    {
        var problem = await (await _client.GetAsync("/api/entities?limit=many")).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_entity_comes_with_its_names_mentions_and_documents()
    {
        var details = await _client.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan");
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/documents/oic-interview-mussinov");
        var text = document.GetProperty("text").GetString()!;

        var entity = details.GetProperty("entity");
        Assert.Equal("Kazakhstan", entity.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("Қазақстан", entity.GetProperty("names").GetProperty("kk-Cyrl").GetString());
        Assert.Equal("قازاقستان", entity.GetProperty("names").GetProperty("kk-Arab").GetString());
        Assert.Contains(details.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == "oic-interview-mussinov");
        var mentions = details.GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("documentId").GetString() == "oic-interview-mussinov").ToList();
        Assert.True(mentions.Count >= 5, $"only {mentions.Count} mentions of Kazakhstan in the interview");
        Assert.All(mentions, m => Assert.Equal(text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()], m.GetProperty("text").GetString()));
        Assert.True(details.GetProperty("mentions").GetArrayLength() <= 50);
    }

    [Fact]
    public async Task An_unknown_entity_is_a_404_problem_on_every_entity_route()
    {
        foreach (var url in new[] { "/api/entities/atlantis", "/api/entities/atlantis/relationships", "/api/entities/atlantis/neighbors" })
        {
            var problem = await (await _client.GetAsync(url)).AssertProblem(HttpStatusCode.NotFound);
            Assert.Contains("atlantis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Relationships_of_an_entity_keep_both_sources_of_a_disagreement()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan/relationships?direction=outgoing&type=MEMBER_OF");

        var facts = page.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("target").GetString() == "oic").ToList();
        Assert.Equal(["1992", "1995"], facts.Select(f => f.GetProperty("properties").GetProperty("since").GetString()).Order(StringComparer.Ordinal));
        Assert.All(facts, f => Assert.NotEmpty(f.GetProperty("evidence").EnumerateArray()));
        Assert.Contains(facts, f => f.GetProperty("evidence")[0].GetProperty("documentId").GetString() == "oic-interview-mussinov");
    }

    [Fact]
    public async Task Incoming_relationships_point_at_the_entity()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/entities/oic/relationships?direction=incoming&limit=500");

        Assert.NotEmpty(page.GetProperty("items").EnumerateArray());
        Assert.All(page.GetProperty("items").EnumerateArray(), r => Assert.Equal("oic", r.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Neighbours_grow_with_depth_and_edges_stay_inside_the_nodes()
    {
        var one = await _client.GetFromJsonAsync<JsonElement>("/api/entities/askar-mussinov/neighbors?depth=1");
        var two = await _client.GetFromJsonAsync<JsonElement>("/api/entities/askar-mussinov/neighbors?depth=2");

        Assert.True(two.GetProperty("nodes").GetArrayLength() > one.GetProperty("nodes").GetArrayLength());
        var ids = two.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("askar-mussinov", ids);
        Assert.All(two.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("source").GetString(), ids);
            Assert.Contains(e.GetProperty("target").GetString(), ids);
        });
    }
}
