using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;

namespace OicGraph.Api.Tests;

/// <summary>
/// The answer cache of GETs (<see cref="VersionedResponseCache"/>): an answer given again is the first one byte for byte
/// with the same headers, a write is never hidden by it, and it holds no more than its bounds.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string Key = "cache-test-key";

    [Fact]
    public async Task A_repeated_get_is_the_first_answer_byte_for_byte_and_a_write_is_seen_at_once()
    {
        using var factory = new OicGraphApiFactory();
        factory.Settings["Api:Keys:0"] = Key;
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<VersionedResponseCache>();

        var first = await client.GetAsync("/api/entities/kazakhstan");
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        Assert.True(cache.Bytes >= firstBody.Length, $"the first answer ({firstBody.Length} bytes) was not kept: {cache.Bytes}");
        var second = await client.GetAsync("/api/entities/kazakhstan");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        var documents = Documents(firstBody);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text = "قازاقستان مەن تۇركيا ىنتىماقتاستىق تۋرالى كەلىسىمگە قول قويدى.", id = "cache-probe" }) };
        post.Headers.Add("X-Api-Key", Key);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(post)).StatusCode);

        var after = await client.GetAsync("/api/entities/kazakhstan");
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Equal(documents + 1, Documents(await after.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task An_answer_over_the_entry_limit_streams_whole_and_is_not_kept()
    {
        using var factory = new OicGraphApiFactory();
        factory.Settings["Api:ResponseCache:MaxEntryBytes"] = "1000";
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<VersionedResponseCache>();

        var answer = await client.GetAsync("/api/entities/kazakhstan/neighbors?depth=2");
        var body = await answer.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 1000, $"the neighbourhood is {body.Length} bytes, too small to test the limit");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("nodes").GetArrayLength() > 1);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public async Task With_max_bytes_zero_nothing_is_kept()
    {
        using var factory = new OicGraphApiFactory();
        factory.Settings["Api:ResponseCache:MaxBytes"] = "0";
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<VersionedResponseCache>();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/entities/kazakhstan")).StatusCode);
        Assert.False(cache.Enabled);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void The_cache_keeps_to_its_byte_bound_oldest_first_and_answers_only_its_own_version()
    {
        var cache = new VersionedResponseCache(Options.Create(new ResponseCacheOptions { MaxBytes = 1000, MaxEntryBytes = 1000 }));
        var body = new CachedResponse(new byte[400], "application/json", null);
        cache.Add("v1", "a", body);
        cache.Add("v1", "b", body);
        cache.Add("v1", "c", body);

        Assert.True(cache.Bytes <= 1000, $"{cache.Bytes} bytes held");
        Assert.False(cache.TryGet("v1", "a", out _));
        Assert.True(cache.TryGet("v1", "c", out var kept));
        Assert.Same(body, kept);
        Assert.False(cache.TryGet("v2", "c", out _));

        cache.Add("v2", "d", body);
        Assert.False(cache.TryGet("v1", "c", out _));
        Assert.False(cache.TryGet("v2", "c", out _));
        Assert.True(cache.TryGet("v2", "d", out _));
    }

    private static int Documents(byte[] entityPage) => JsonDocument.Parse(entityPage).RootElement.GetProperty("documentCount").GetInt32();
}
