using System.Globalization;
using System.Text.RegularExpressions;
using OicGraph.Graph;
using OicGraph.Graph.Embedded;
using OicGraph.Tests.Shared;

namespace OicGraph.Cli.Tests;

/// <summary><c>ingest SOURCE --data DIR</c>: the API's use case straight into an embedded data directory.</summary>
public sealed class IngestIntoDataDirectoryTests : IDisposable
{
    private const string Joined = "قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.";
    private const string Met = "ساۋد ارابياسى مەن قازاقستان ىنتىماقتاستىقتى دامىتادى.";
    private readonly string _directory = Directory.CreateTempSubdirectory("oicgraph-cli-data-").FullName;

    private string Data => Path.Combine(_directory, "data");

    public void Dispose() => TempDirectories.DeleteQuietly(_directory);

    [Fact]
    public async Task An_empty_directory_is_seeded_first_then_each_document_is_stored_and_a_second_run_changes_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "texts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "data-folder-a.kk-Arab.txt"), Joined);
        await File.WriteAllTextAsync(Path.Combine(folder, "data-folder-b.txt"), Met);

        var first = await Run(folder, "--data", Data);
        var second = await Run(folder, "--data", Data);

        Assert.Equal(0, first.Code);
        Assert.StartsWith("2 created, 0 already present, 0 failed: 2 documents", first.Output, StringComparison.Ordinal);
        Assert.Contains("seeded the empty store", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.StartsWith("0 created, 2 already present, 0 failed", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("seeded", second.Error, StringComparison.Ordinal);
        using var store = EmbeddedGraphStore.Open(Data);
        // The seed's documents: its articles and the reference data's sources, as the message counts them.
        var seeded = int.Parse(Regex.Match(first.Error, @"from graph-seed/: (\d+) documents").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(seeded >= Directory.GetFiles(SeedDocumentsFolder(), "*.txt").Length);
        Assert.Equal(seeded + 2, (await store.GetStatsAsync()).Documents);
        Assert.Equal(Joined, (await store.GetDocumentAsync("data-folder-a"))?.Text);
        Assert.NotNull(await store.GetEntityAsync("kazakhstan"));
    }

    [Fact]
    public async Task With_no_seed_the_store_holds_only_the_documents_read()
    {
        var path = await Lines("""{"id": "data-only", "text": "ساۋد ارابياسى مەن قازاقستان ىنتىماقتاستىقتى دامىتادى.", "title": "Only", "date": "2024-03"}""");

        var (code, output, _) = await Run(path, "--data", Data, "--no-seed");

        Assert.Equal((0, true), (code, output.StartsWith("1 created", StringComparison.Ordinal)));
        using var store = EmbeddedGraphStore.Open(Data);
        Assert.Equal(1, (await store.GetStatsAsync()).Documents);
        var document = await store.GetDocumentAsync("data-only");
        Assert.Equal(("Only", "2024-03"), (document?.Title, document?.Date));
    }

    [Fact]
    public async Task A_document_breaking_the_apis_rules_is_listed_with_its_line_and_rule_and_the_others_are_stored()
    {
        var path = await Lines(
            """{"id": "data-good", "text": "قازاقستان مەن تۇركيا كەزدەستى."}""",
            """{"id": "data-bad-date", "text": "استانادا جيىن ءوتتى.", "date": "2024-13"}""",
            """{"id": "Not An Id!", "text": "قازاقستان."}""");

        var (code, output, error) = await Run(path, "--data", Data, "--no-seed");

        Assert.Equal(1, code);
        Assert.StartsWith("1 created, 0 already present, 2 failed", output, StringComparison.Ordinal);
        Assert.Contains("line 2 (data-bad-date): date: A date is ISO 8601", error, StringComparison.Ordinal);
        Assert.Contains("line 3 (Not An Id!): id:", error, StringComparison.Ordinal);
        using var store = EmbeddedGraphStore.Open(Data);
        Assert.Equal(1, (await store.GetStatsAsync()).Documents);
    }

    [Fact]
    public async Task A_bad_line_stops_the_ingest_after_storing_every_line_before_it()
    {
        var path = await Lines(
            """{"id": "data-line-1", "text": "قازاقستان يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە."}""",
            """{"id": "data-line-2", "text": "استانادا جيىن ءوتتى."}""",
            """{"id": "data-line-3", "text": 7}""",
            """{"id": "data-line-4", "text": "بۇل جول جۇكتەلمەيدى."}""");

        var (code, output, error) = await Run(path, "--data", Data, "--no-seed");

        Assert.Equal(1, code);
        Assert.StartsWith("2 created", output, StringComparison.Ordinal);
        Assert.Contains("stopped after 2 documents: line 3: no \"text\" string.", error, StringComparison.Ordinal);
        using var store = EmbeddedGraphStore.Open(Data);
        Assert.NotNull(await store.GetDocumentAsync("data-line-2"));
        Assert.Null(await store.GetDocumentAsync("data-line-4"));
    }

    [Fact]
    public async Task A_directory_another_process_holds_is_refused_saying_so_and_left_untouched()
    {
        var path = await Lines("""{"id": "data-held", "text": "قازاقستان مەن تۇركيا كەزدەستى."}""");
        int documentsBefore;
        (int Code, string Output, string Error) run;
        using (var holder = EmbeddedGraphStore.Open(Data))
        {
            documentsBefore = (await holder.GetStatsAsync()).Documents;
            run = await Run(path, "--data", Data, "--no-seed");
        }

        Assert.Equal(1, run.Code);
        Assert.Contains("is in use by another OicGraph process", run.Error, StringComparison.Ordinal);
        using var store = EmbeddedGraphStore.Open(Data);
        Assert.Equal(documentsBefore, (await store.GetStatsAsync()).Documents);
        Assert.Null(await store.GetDocumentAsync("data-held"));
    }

    [Theory]
    [InlineData("a.jsonl", "--api", "http://localhost:5080", "--data", "d")]
    [InlineData("a.jsonl", "--data", "d", "--api-key", "k")]
    [InlineData("a.jsonl", "--data", "d", "--batch", "10")]
    [InlineData("a.jsonl", "--api", "http://localhost:5080", "--no-seed")]
    [InlineData("a.jsonl", "--data")]
    public async Task A_wrong_command_line_for_a_data_directory_says_what_is_wrong_and_exits_2(params string[] args)
    {
        var (code, output, error) = await Run(args);

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("usage: oicgraph ingest", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("d"));
    }

    private async Task<string> Lines(params string[] lines)
    {
        var path = Path.Combine(_directory, $"in-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    private static string SeedDocumentsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "graph-seed", "documents");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("graph-seed/documents above the test's folder");
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await IngestCommand.Command.Run(args, new CliStreams(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
