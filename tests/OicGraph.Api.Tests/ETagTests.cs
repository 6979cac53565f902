using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OicGraph.Api.Tests;

/// <summary>ETags come from the store's version: a write makes every earlier tag stale, no write keeps a 304.</summary>
public sealed class ETagTests(DocumentWriteTests.WritableFactory factory) : IClassFixture<DocumentWriteTests.WritableFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_write_makes_an_earlier_etag_stale_and_the_new_one_gets_304_until_the_next_write()
    {
        var before = await _client.GetAsync("/api/stats");
        var stale = before.Headers.ETag!;
        var documents = (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").GetInt32();

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "قازاقستان مەن تۇركيا", id = "etag-probe" }) };
        post.Headers.Add("X-Api-Key", "test-key-123");
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(post)).StatusCode);

        var after = await Conditional("/api/stats", stale);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(stale, after.Headers.ETag);
        Assert.Equal(documents + 1, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").GetInt32());
        var unchanged = await Conditional("/api/stats", after.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(after.Headers.ETag, unchanged.Headers.ETag);
    }

    [Fact]
    public async Task A_not_found_carries_no_etag_and_two_accept_headers_get_two_tags()
    {
        var missing = await _client.GetAsync("/api/entities/no-such-entity");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);

        using var json = new HttpRequestMessage(HttpMethod.Get, "/api/entities/kazakhstan");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var any = new HttpRequestMessage(HttpMethod.Get, "/api/entities/kazakhstan");
        any.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        Assert.NotEqual((await _client.SendAsync(json)).Headers.ETag, (await _client.SendAsync(any)).Headers.ETag);
    }

    private async Task<HttpResponseMessage> Conditional(string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await _client.SendAsync(request);
    }
}
