using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OicGraph.Cli.Tests;

public sealed class IngestCommandTests(IngestApi api) : IClassFixture<IngestApi>, IDisposable
{
    private const string Url = "http://localhost/";
    private readonly string _directory = Directory.CreateTempSubdirectory("oicgraph-cli-ingest-in-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_folder_is_loaded_one_document_per_text_file_and_a_second_run_changes_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "texts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "ingest-folder-a.kk-Arab.txt"), "قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.");
        await File.WriteAllTextAsync(Path.Combine(folder, "ingest-folder-b.txt"), "ساۋد ارابياسى مەن قازاقستان ىنتىماقتاستىقتى دامىتادى.");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.md"), "not a document");

        var first = await Run(Args(folder));
        var second = await Run(Args(folder));

        Assert.Equal((0, true), (first.Code, first.Output.StartsWith("2 created, 0 already present, 0 failed: 2 documents", StringComparison.Ordinal)));
        Assert.StartsWith("0 created, 2 already present, 0 failed", second.Output, StringComparison.Ordinal);
        using var client = api.CreateClient();
        var stored = await client.GetFromJsonAsync<JsonElement>("/api/documents/ingest-folder-a");
        Assert.Contains("ۇيىمىنا", stored.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/ingest-folder-b")).StatusCode);
    }

    [Fact]
    public async Task A_bad_line_stops_the_ingest_after_loading_every_line_before_it_in_the_same_batch()
    {
        var path = await Lines(
            """{"id": "ingest-line-1", "text": "قازاقستان يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە.", "title": "One", "date": "2024-01"}""",
            """{"id": "ingest-line-2", "text": "استانادا جيىن ءوتتى."}""",
            """{"id": "ingest-line-3", "text": 7}""",
            """{"id": "ingest-line-4", "text": "بۇل جول جۇكتەلمەيدى."}""");

        var (code, output, error) = await Run(Args(path));

        Assert.Equal(1, code);
        Assert.StartsWith("2 created", output, StringComparison.Ordinal);
        Assert.Contains("stopped after 2 documents: line 3: no \"text\" string.", error, StringComparison.Ordinal);
        using var client = api.CreateClient();
        var one = (await client.GetFromJsonAsync<JsonElement>("/api/documents/ingest-line-1")).GetProperty("document");
        Assert.Equal(("One", "2024-01"), (one.GetProperty("title").GetString(), one.GetProperty("date").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/ingest-line-4")).StatusCode);
    }

    [Fact]
    public async Task A_document_the_server_refuses_is_listed_with_its_line_and_reason_and_the_others_load()
    {
        var path = await Lines(
            """{"id": "ingest-refused-ok", "text": "قازاقستان مەن تۇركيا كەزدەستى."}""",
            """{"id": "Not An Id!", "text": "قازاقستان."}""");

        var (code, output, error) = await Run(Args(path));

        Assert.Equal(1, code);
        Assert.StartsWith("1 created, 0 already present, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("line 2 (Not An Id!): 400", error, StringComparison.Ordinal);
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/ingest-refused-ok")).StatusCode);
    }

    [Fact]
    public async Task A_refused_key_stops_at_once_with_the_servers_reason()
    {
        var path = await Lines("""{"id": "ingest-no-key", "text": "قازاقستان."}""");

        var (code, _, error) = await Run(path, "--api", Url, "--api-key", "wrong");

        Assert.Equal(1, code);
        Assert.Contains("the API answered 401", error, StringComparison.Ordinal);
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/ingest-no-key")).StatusCode);
    }

    [Fact]
    public async Task Documents_go_in_batches_of_the_size_asked_for()
    {
        var lines = Enumerable.Range(1, 7).Select(i => JsonSerializer.Serialize(new { id = $"ingest-batch-{i}", text = $"قازاقستان {1990 + i} -جىلى." })).ToArray();
        var path = await Lines(lines);
        var counting = new CountingHandler();

        var (code, output, _) = await Run(counting, [path, "--api", Url, "--api-key", IngestApi.Key, "--batch", "3"]);

        Assert.Equal(0, code);
        Assert.StartsWith("7 created", output, StringComparison.Ordinal);
        Assert.Equal(3, counting.Requests);
    }

    [Fact]
    public async Task A_busy_server_is_asked_again_after_its_retry_after()
    {
        var path = await Lines("""{"id": "ingest-retried", "text": "قازاقستان مەن مىسىر."}""");
        var busyOnce = new CountingHandler { BusyFirst = 1 };

        var (code, output, _) = await Run(busyOnce, [path, "--api", Url, "--api-key", IngestApi.Key]);

        Assert.Equal((0, 2), (code, busyOnce.Requests));
        Assert.StartsWith("1 created", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("only-a-source.jsonl")]
    [InlineData("a.jsonl", "--api", "ftp://example.org")]
    [InlineData("a.jsonl", "--api", "http://localhost:5080", "--batch", "0")]
    [InlineData("a.jsonl", "b.jsonl", "--api", "http://localhost:5080")]
    [InlineData("a.jsonl", "--api")]
    [InlineData("a.jsonl", "--api", "http://localhost:5080", "--fast")]
    public async Task A_wrong_command_line_says_what_is_wrong_and_exits_2(params string[] args)
    {
        var (code, output, error) = await Run(args);

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("oicgraph ingest:", error, StringComparison.Ordinal);
        Assert.Contains("usage: oicgraph ingest", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_source_fails_naming_it()
    {
        var (code, _, error) = await Run(Args(Path.Combine(_directory, "nope.jsonl")));

        Assert.Equal(1, code);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }

    private static string[] Args(string source) => [source, "--api", Url, "--api-key", IngestApi.Key];

    private async Task<string> Lines(params string[] lines)
    {
        var path = Path.Combine(_directory, $"in-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    private Task<(int Code, string Output, string Error)> Run(params string[] args) => Run(null, args);

    private async Task<(int Code, string Output, string Error)> Run(CountingHandler? wrapper, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = IngestCommand.Create(() =>
        {
            var server = api.Server.CreateHandler();
            if (wrapper is null)
            {
                return server;
            }

            wrapper.InnerHandler = server;
            return wrapper;
        }, TimeProvider.System);
        var code = await command.Run(args, new CliStreams(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Counts the requests that reach the server, and answers the first <see cref="BusyFirst"/> with 503 itself.</summary>
    private sealed class CountingHandler : DelegatingHandler
    {
        public int BusyFirst { get; init; }

        public int Requests { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            if (Requests <= BusyFirst)
            {
                var busy = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return busy;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
