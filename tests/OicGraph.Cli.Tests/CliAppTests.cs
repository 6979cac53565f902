using System.Text.Json;

namespace OicGraph.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("oicgraph-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => RunWithInput("", args);

    private static async Task<(int Code, string Output, string Error)> RunWithInput(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, reader, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Extract_file_prints_one_result_named_after_the_file_up_to_its_first_dot()
    {
        var path = Path.Combine(_directory, "note.kk-Arab.txt");
        await File.WriteAllTextAsync(path, " date 2023-11 قازاقستان 1992 -جىلى ۇيىمعا مۇشەلىككە ەندى.");
        var (code, output, _) = await Run("extract", path);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("note", json.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("2023-11", json.RootElement.GetProperty("document").GetProperty("date").GetString());
        Assert.Contains(json.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "kazakhstan");
    }

    [Fact]
    public async Task Extract_jsonl_prints_one_line_per_input_line_with_its_id()
    {
        var path = Path.Combine(_directory, "in.jsonl");
        await File.WriteAllLinesAsync(path, ["{\"id\":\"a\",\"text\":\"قازاقستان\"}", "", "{\"id\":\"b\",\"text\":\"ساۋد ارابياسىندا\",\"spans\":[]}"]);
        var (code, output, _) = await Run("extract", "--jsonl", path);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
        Assert.Equal("b", second.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("saudi-arabia", second.RootElement.GetProperty("entities")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "b.txt")]
    [InlineData("extract", "--frobnicate", "a.txt")]
    [InlineData("export")]
    public async Task Wrong_arguments_say_what_is_wrong_print_usage_on_stderr_and_exit_2(params string[] args)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_named_and_the_commands_listed()
    {
        var (code, output, error) = await Run("frobnicate");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("unknown command 'frobnicate'", error, StringComparison.Ordinal);
        Assert.Contains("extract, export", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_every_command_and_the_exit_codes_on_stdout_and_exits_0(string flag)
    {
        var (code, output, error) = await Run(flag);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.All(CliApp.Commands, c => Assert.Contains(c.Usage, output, StringComparison.Ordinal));
        Assert.Contains("exit codes: 0 done, 1 failed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "extract")]
    [InlineData("extract", "--help")]
    [InlineData("export", "-h")]
    [InlineData("help", "export")]
    public async Task Help_for_a_command_prints_its_usage_and_options_on_stdout_and_exits_0(params string[] args)
    {
        var (code, output, error) = await Run(args);

        var command = CliApp.Commands.Single(c => c.Name == args.First(a => a is "extract" or "export"));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("usage: " + command.Usage, output, StringComparison.Ordinal);
        Assert.Contains(command.Help.Split('\n')[0].Trim(), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_an_unknown_command_names_it_and_exits_2()
    {
        var (code, _, error) = await Run("help", "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("unknown command 'frobnicate'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_an_error()
    {
        var (code, _, error) = await Run("extract", Path.Combine(_directory, "nope.txt"));
        Assert.Equal(1, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_is_reported_as_a_directory()
    {
        var (code, _, error) = await Run("extract", _directory);

        Assert.Equal(1, code);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dash_reads_the_text_from_standard_input_and_names_it_by_its_hash()
    {
        var text = "قازاقستان 1992 -جىلى ۇيىمعا مۇشەلىككە ەندى.";

        var (code, output, _) = await RunWithInput(text, "extract", "-");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(OicGraph.Graph.Model.DocumentIds.ForText(text), json.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.Contains(json.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "kazakhstan");
    }

    [Fact]
    public async Task A_dash_reads_jsonl_from_standard_input()
    {
        var (code, output, _) = await RunWithInput("{\"id\":\"a\",\"text\":\"قازاقستان\"}\n{\"text\":\"ساۋد ارابياسىندا\"}\n", "extract", "--jsonl", "-");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(OicGraph.Graph.Model.DocumentIds.ForText("ساۋد ارابياسىندا"), second.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_seed_document_gets_the_id_the_server_gives_it()
    {
        var seed = Path.Combine(RepositoryRoot(), "graph-seed", "documents", "oic-interview-mussinov.kk-Arab.txt");

        var (code, output, _) = await Run("extract", seed);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("oic-interview-mussinov", json.RootElement.GetProperty("document").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Extract_jsonl_prints_every_line_before_a_bad_one_in_input_order_however_many_there_are()
    {
        // More lines than the work window, so results finish out of order and must be put back in order.
        var ids = Enumerable.Range(1, OrderedWork.DefaultWindow * 3).Select(i => $"doc-{i:D3}").ToList();
        var texts = new[] { "قازاقستان", "ساۋد ارابياسىندا 2017 -جىلى", "استانادا ساممىيت ءوتتى" };
        var lines = ids.Select((id, i) => JsonSerializer.Serialize(new { id, text = texts[i % texts.Length] })).Append("{not json").Append("{\"id\":\"after\",\"text\":\"x\"}");
        var path = Path.Combine(_directory, "many.jsonl");
        await File.WriteAllLinesAsync(path, lines);

        var (code, output, error) = await Run("extract", "--jsonl", path);

        Assert.Equal(1, code);
        Assert.Contains($"line {ids.Count + 1}: not valid JSON", error, StringComparison.Ordinal);
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal<string?>(ids, printed);
    }

    [Theory]
    [InlineData("{not json", "line 2: not valid JSON at column 2")]
    [InlineData("[1, 2]", "line 2: a JSON array, not an object")]
    [InlineData("{\"id\": \"b\"}", "line 2: no \"text\" string")]
    [InlineData("{\"id\": 7, \"text\": \"x\"}", "line 2: \"id\" must be a string")]
    public async Task A_bad_jsonl_line_is_reported_by_its_number_without_internals(string bad, string message)
    {
        var path = Path.Combine(_directory, "bad.jsonl");
        await File.WriteAllLinesAsync(path, ["{\"id\":\"a\",\"text\":\"x\"}", bad]);
        var (code, _, error) = await Run("extract", "--jsonl", path);
        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("OicGraph.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OicGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("OicGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
