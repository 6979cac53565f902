using System.Text.Json;

namespace OicGraph.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("oicgraph-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Extract_file_prints_one_result_named_after_the_file()
    {
        var path = Path.Combine(_directory, "note.kk-Arab.txt");
        await File.WriteAllTextAsync(path, " date 2023-11 قازاقستان 1992 -جىلى ۇيىمعا مۇشەلىككە ەندى.");
        var (code, output, _) = await Run("extract", path);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("note.kk-Arab", json.RootElement.GetProperty("document").GetProperty("id").GetString());
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
    [InlineData("frobnicate")]
    [InlineData("extract")]
    public async Task Wrong_arguments_print_usage_and_exit_2(params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_an_error()
    {
        var (code, _, error) = await Run("extract", Path.Combine(_directory, "nope.txt"));
        Assert.Equal(1, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_jsonl_line_is_reported_with_its_number()
    {
        var path = Path.Combine(_directory, "bad.jsonl");
        await File.WriteAllLinesAsync(path, ["{\"id\":\"a\",\"text\":\"x\"}", "{not json"]);
        var (code, _, error) = await Run("extract", "--jsonl", path);
        Assert.Equal(1, code);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
    }
}
