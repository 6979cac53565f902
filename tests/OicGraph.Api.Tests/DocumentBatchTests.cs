using System.Net;
using System.Text;
using System.Text.Json;

namespace OicGraph.Api.Tests;

/// <summary>POST /api/documents/batch: per-document results in request order, the single POST's rules for each.</summary>
public sealed class DocumentBatchTests : IClassFixture<DocumentWriteTests.WritableFactory>
{
    private const string First = "قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.";
    private const string Second = "اسقار مۋسينوۆ يسلام ىنتىماقتاستىعى ۇيىمىندا جۇمىس ىستەيدى.";
    private readonly HttpClient _client;

    public DocumentBatchTests(DocumentWriteTests.WritableFactory factory)
    {
        _client = factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", "test-key-123");
    }

    [Fact]
    public async Task A_json_array_gets_one_result_per_document_in_order_and_a_bad_one_loses_none_of_the_others()
    {
        var response = await _client.PostAsJsonAsync("/api/documents/batch", new object[]
        {
            new { text = First, id = "batch-first" },
            new { title = "no text" },
            new { text = Second, id = "batch-second", date = "2024-02" },
            new { text = First, id = "batch-first-again" },
            new { text = "ازەربايجان", id = "batch-first" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var batch = await response.Content.ReadFromJsonAsync<JsonElement>();
        var results = batch.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal([201, 400, 201, 200, 409], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal((2, 1, 2), (batch.GetProperty("created").GetInt32(), batch.GetProperty("alreadyPresent").GetInt32(), batch.GetProperty("failed").GetInt32()));
        Assert.Equal("/problems/validation", results[1].GetProperty("problem").GetProperty("type").GetString());
        Assert.True(results[1].GetProperty("problem").GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal("batch-first", results[3].GetProperty("change").GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("/problems/document-id-taken", results[4].GetProperty("problem").GetProperty("type").GetString());
        var stored = await _client.GetFromJsonAsync<JsonElement>("/api/documents/batch-second");
        Assert.Equal(Second, stored.GetProperty("text").GetString());
        Assert.Equal("2024-02", stored.GetProperty("document").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Ndjson_is_read_line_by_line_and_a_malformed_line_stores_nothing()
    {
        var lines = $"{JsonSerializer.Serialize(new { text = "تۇركيا " + First, id = "batch-nd-1" })}\n\n{JsonSerializer.Serialize(new { text = "مىسىر " + Second, id = "batch-nd-2" })}\n";
        var good = await _client.PostAsync("/api/documents/batch", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        var bad = await _client.PostAsync("/api/documents/batch", new StringContent(JsonSerializer.Serialize(new { text = "يران " + First, id = "batch-nd-3" }) + "\n{\"text\": ", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(2, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        var problem = await bad.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("Line 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await _client.GetAsync("/api/documents/batch-nd-3")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_empty_batch_a_wrong_content_type_and_a_missing_key_are_problems()
    {
        await (await _client.PostAsJsonAsync("/api/documents/batch", Array.Empty<object>())).AssertProblem(HttpStatusCode.BadRequest);
        await (await _client.PostAsync("/api/documents/batch", new StringContent("text", Encoding.UTF8, "text/plain"))).AssertProblem(HttpStatusCode.UnsupportedMediaType);
        using var keyless = new HttpRequestMessage(HttpMethod.Post, "/api/documents/batch") { Content = JsonContent.Create(new[] { new { text = First } }) };
        keyless.Headers.Add("X-Api-Key", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(keyless)).StatusCode);
    }
}
