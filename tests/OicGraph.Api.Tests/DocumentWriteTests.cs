using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class DocumentWriteTests : IClassFixture<DocumentWriteTests.WritableFactory>
{
    private const string Key = "test-key-123";

    // Two sentences of the seed interview, posted as a new article.
    private const string Article = "قازاقستان تاۋەلسىزدىك العاننان كەيىن، 1992 -جىلى اتالعان ۇيىمعا مۇشەلىككە ەندى. اسقار مۋسينوۆ يسلام ىنتىماقتاستىعى ۇيىمىندا جۇمىس ىستەيدى.";

    private readonly WritableFactory _factory;
    private readonly HttpClient _client;

    public DocumentWriteTests(WritableFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    [Fact]
    public async Task Posting_an_article_merges_it_and_posting_it_again_changes_nothing()
    {
        var first = await _client.PostAsJsonAsync("/api/documents", new { text = Article, title = "Probe article", id = "probe-article", date = "2024-02" });
        var before = await _client.GetStringAsync("/api/stats");
        var second = await _client.PostAsJsonAsync("/api/documents", new { text = Article, title = "Probe article" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/documents/probe-article", first.Headers.Location?.OriginalString);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(created.GetProperty("alreadyPresent").GetBoolean());
        Assert.True(created.GetProperty("mentionsAdded").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var repeated = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(repeated.GetProperty("alreadyPresent").GetBoolean());
        Assert.Equal("probe-article", repeated.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal(before, await _client.GetStringAsync("/api/stats"));
        var details = await _client.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan");
        Assert.Contains(details.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == "probe-article");
    }

    [Fact]
    public async Task Deleting_an_article_removes_its_mentions_and_keeps_what_other_sources_state()
    {
        var text = "ازەربايجان " + Article;
        await _client.PostAsJsonAsync("/api/documents", new { text, id = "to-delete" });
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan");

        var response = await _client.DeleteAsync("/api/documents/to-delete");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(change.GetProperty("mentionsRemoved").GetInt32() > 0);
        await (await _client.GetAsync("/api/documents/to-delete")).AssertProblem(HttpStatusCode.NotFound);
        var after = await _client.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan");
        Assert.True(after.GetProperty("mentionCount").GetInt32() < before.GetProperty("mentionCount").GetInt32());
        Assert.DoesNotContain(after.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("documentId").GetString() == "to-delete");
        await (await _client.DeleteAsync("/api/documents/to-delete")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_annotated_document_cuts_the_text_into_plain_and_entity_segments()
    {
        var annotated = await _client.GetFromJsonAsync<JsonElement>("/api/documents/oic-interview-mussinov/annotated");

        var text = annotated.GetProperty("text").GetString()!;
        var segments = annotated.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(text, string.Concat(segments.Select(s => s.GetProperty("text").GetString())));
        Assert.Contains(segments, s => s.GetProperty("entityId").GetString() == "kazakhstan");
        Assert.All(annotated.GetProperty("spans").EnumerateArray(), s =>
            Assert.Equal(text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()], s.GetProperty("text").GetString()));
        await (await _client.GetAsync("/api/documents/nothing/annotated")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"title\": \"no text\"}", "text")]
    [InlineData("{\"text\": \"قازاقستان\", \"sourceUrl\": \"not a url\"}", "sourceUrl")]
    [InlineData("{\"text\": \"Қазақстан\", \"script\": \"Cyrl\"}", "script")]
    [InlineData("{\"text\": \"قازاقستان\", \"date\": \"2023-13\"}", "date")]
    [InlineData("{\"text\": \"قازاقستان\", \"id\": \"../etc\"}", "id")]
    public async Task Invalid_documents_get_a_validation_problem_and_change_nothing(string json, string field)
    {
        var before = await _client.GetStringAsync("/api/stats");

        var response = await _client.PostAsync("/api/documents", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.NotEmpty((await response.AssertProblem(HttpStatusCode.BadRequest)).ErrorsFor(field));
        Assert.Equal(before, await _client.GetStringAsync("/api/stats"));
    }

    [Fact]
    public async Task Reusing_an_id_for_a_different_text_is_a_409_problem()
    {
        await _client.PostAsJsonAsync("/api/documents", new { text = "قازاقستان", id = "taken" });

        var response = await _client.PostAsJsonAsync("/api/documents", new { text = "ازەربايجان", id = "taken" });

        await response.AssertProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Concurrent_posts_of_one_id_with_different_texts_acknowledge_exactly_one_text()
    {
        const int Writers = 8;
        for (var trial = 0; trial < 5; trial++)
        {
            var id = $"contested-{trial}";
            var texts = Enumerable.Range(0, Writers).Select(i => $"{Article} {trial * Writers + i + 1}").ToList();

            var responses = await Task.WhenAll(texts.Select(text => _client.PostAsJsonAsync("/api/documents", new { text, id })));

            var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            Assert.Equal(Writers - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            var winner = texts[Array.IndexOf(responses, created)];
            var stored = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
            Assert.Equal(winner, stored.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Concurrent_posts_of_one_id_with_the_same_text_create_it_once()
    {
        const int Writers = 8;
        var text = "ازەربايجان " + Article + " 0";

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => _client.PostAsJsonAsync("/api/documents", new { text, id = "same-text" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(Writers - 1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var repeat in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            var body = await repeat.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(body.GetProperty("alreadyPresent").GetBoolean());
            Assert.Equal("same-text", body.GetProperty("document").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Writes_without_the_right_key_are_a_401_problem_and_change_nothing()
    {
        using var wrongKey = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/oic-interview-mussinov");
        wrongKey.Headers.Add("X-Api-Key", "wrong");
        var noKey = _factory.CreateClient();

        await (await _client.SendAsync(wrongKey)).AssertProblem(HttpStatusCode.Unauthorized);
        await (await noKey.PostAsJsonAsync("/api/documents", new { text = Article })).AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/documents/oic-interview-mussinov")).StatusCode);
    }

    public sealed class WritableFactory : IDisposable
    {
        private readonly OicGraphApiFactory _inner = new();

        public WritableFactory() => _inner.Settings["Api:Keys:0"] = Key;

        public HttpClient CreateClient() => _inner.CreateClient();

        public void Dispose() => _inner.Dispose();
    }
}
