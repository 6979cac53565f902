using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class GraphEndpointsTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Relationships_filter_by_type_and_by_document()
    {
        var heldIn = await _client.GetFromJsonAsync<JsonElement>("/api/relationships?type=HELD_IN,OCCURRED_ON&limit=500");
        var fromInterview = await _client.GetFromJsonAsync<JsonElement>("/api/relationships?document=oic-interview-mussinov&limit=500");

        Assert.NotEmpty(heldIn.GetProperty("items").EnumerateArray());
        Assert.All(heldIn.GetProperty("items").EnumerateArray(), r => Assert.Contains(r.GetProperty("type").GetString(), new[] { "HELD_IN", "OCCURRED_ON" }));
        Assert.All(fromInterview.GetProperty("items").EnumerateArray(), r =>
            Assert.Contains(r.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("documentId").GetString() == "oic-interview-mussinov"));
    }

    [Fact]
    public async Task A_relationship_is_found_by_its_id_and_an_unknown_one_is_a_404_problem()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/relationships?limit=1");
        var id = page.GetProperty("items")[0].GetProperty("id").GetString();

        var relationship = await _client.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");

        Assert.Equal(id, relationship.GetProperty("id").GetString());
        await (await _client.GetAsync("/api/relationships/nothing--here")).AssertProblem(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/relationships?type=not a type")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Documents_list_the_interview_and_the_reference_files()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/documents");

        var documents = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(documents, d => d.GetProperty("id").GetString() == "oic-interview-mussinov" && d.GetProperty("kind").GetString() == "article");
        Assert.Contains(documents, d => d.GetProperty("kind").GetString() == "reference");
        await (await _client.GetAsync("/api/documents?limit=0")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_interview_is_served_byte_for_byte_as_seeded()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/documents/oic-interview-mussinov");

        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "graph-seed", "documents", "oic-interview-mussinov.kk-Arab.txt"));
        Assert.Equal(seed, document.GetProperty("text").GetString());
        Assert.Equal("2023-11", document.GetProperty("document").GetProperty("date").GetString());
        Assert.Equal(seed.Length, document.GetProperty("document").GetProperty("length").GetInt32());
        Assert.True(document.GetProperty("entityCount").GetInt32() > 20);
        await (await _client.GetAsync("/api/documents/nothing")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stats_count_every_type()
    {
        var stats = await _client.GetFromJsonAsync<JsonElement>("/api/stats");

        // Each count is checked against the list endpoints, which read the store another way.
        var byType = stats.GetProperty("entitiesByType").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        foreach (var type in Enum.GetNames<OicGraph.Graph.Model.EntityType>())
        {
            var listed = (await _client.GetFromJsonAsync<JsonElement>($"/api/entities?type={type}&limit=1")).GetProperty("total").GetInt32();
            Assert.Equal(listed, byType.GetValueOrDefault(type));
        }

        var factsByType = stats.GetProperty("relationshipsByType").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        foreach (var type in OicGraph.Graph.Model.RelationTypes.AllNames)
        {
            var listed = (await _client.GetFromJsonAsync<JsonElement>($"/api/relationships?type={type}&limit=1")).GetProperty("total").GetInt32();
            Assert.Equal(listed, factsByType.GetValueOrDefault(type));
        }

        Assert.Equal((await _client.GetFromJsonAsync<JsonElement>("/api/entities?limit=1")).GetProperty("total").GetInt32(), stats.GetProperty("entities").GetInt32());
        Assert.Equal((await _client.GetFromJsonAsync<JsonElement>("/api/relationships?limit=1")).GetProperty("total").GetInt32(), stats.GetProperty("relationships").GetInt32());
        Assert.Equal((await _client.GetFromJsonAsync<JsonElement>("/api/documents?limit=1")).GetProperty("total").GetInt32(), stats.GetProperty("documents").GetInt32());
        Assert.True(byType["Country"] >= 57);
        Assert.Equal(2, factsByType.Keys.Intersect(["MEMBER_OF", "CAPITAL_OF"]).Count());
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var live = await _client.GetAsync("/health/live");
        var ready = await _client.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("graph").GetProperty("status").GetString());
    }
}
