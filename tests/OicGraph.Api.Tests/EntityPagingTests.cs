using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

/// <summary>The entity page holds the counts and a first page of documents and mentions; the rest is behind next links.</summary>
public sealed class EntityPagingTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Following_next_links_yields_every_mention_once_in_the_order_of_the_entity_page()
    {
        // The seed names the OIC 28 times: all inline (at most 50 are), so no mentionsNext; pages of 10 add up to them.
        var details = await _client.GetFromJsonAsync<JsonElement>("/api/entities/oic");
        var inline = details.GetProperty("mentions").EnumerateArray().Select(m => m.GetRawText()).ToList();
        Assert.Equal(details.GetProperty("mentionCount").GetInt32(), inline.Count);
        Assert.Equal(JsonValueKind.Null, details.GetProperty("mentionsNext").ValueKind);

        var paged = new List<string>();
        string? next = "/api/entities/oic/mentions?limit=10";
        var pages = 0;
        while (next is not null)
        {
            var page = await _client.GetFromJsonAsync<JsonElement>(next);
            Assert.True(page.GetProperty("items").GetArrayLength() <= 10);
            Assert.Equal(inline.Count, page.GetProperty("total").GetInt32());
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(m => m.GetRawText()));
            next = page.GetProperty("next").GetString();
            pages++;
        }

        Assert.True(pages >= 3);
        Assert.Equal(inline, paged);
    }

    [Fact]
    public async Task An_entitys_documents_page_by_id_with_the_count_on_the_entity_page()
    {
        var details = await _client.GetFromJsonAsync<JsonElement>("/api/entities/oic");
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/entities/oic/documents?limit=1");
        var ids = details.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();

        Assert.Equal(details.GetProperty("documentCount").GetInt32(), first.GetProperty("total").GetInt32());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids[0], first.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(ids.Count > 1, first.GetProperty("next").ValueKind == JsonValueKind.String);
        Assert.Equal(JsonValueKind.Null, details.GetProperty("documentsNext").ValueKind);
    }

    [Theory]
    [InlineData("/api/entities/atlantis/mentions", HttpStatusCode.NotFound)]
    [InlineData("/api/entities/atlantis/documents", HttpStatusCode.NotFound)]
    [InlineData("/api/entities/kazakhstan/mentions?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/entities/kazakhstan/documents?offset=-1", HttpStatusCode.BadRequest)]
    public async Task Unknown_entities_and_bad_paging_are_problems(string url, HttpStatusCode status) =>
        await (await _client.GetAsync(url)).AssertProblem(status);
}
