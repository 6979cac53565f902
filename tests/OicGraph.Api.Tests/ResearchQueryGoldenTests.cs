using System.Text.Json;
using System.Text.Json.Nodes;

namespace OicGraph.Api.Tests;

/// <summary>
/// Every example query of graph-seed/queries runs on the seeded embedded graph through POST /api/cypher, and its columns
/// and rows must equal the reviewed golden file. After a deliberate change (new reference data, better extraction),
/// regenerate with OICGRAPH_UPDATE_GOLDEN=1 (which writes the files and fails) and review the diff.
/// </summary>
public sealed class ResearchQueryGoldenTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Queries() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "graph-seed", "queries"), "*.cypher").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Each_example_query_answers_its_golden_result_on_the_seeded_graph(string name)
    {
        var query = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "graph-seed", "queries", name + ".cypher"))).TrimEnd().TrimEnd(';');

        var response = await _client.PostAsJsonAsync("/api/cypher", new { query, rowLimit = 10_000 });

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        var actual = new JsonObject { ["columns"] = result!["columns"]!.DeepClone(), ["rows"] = result["rows"]!.DeepClone() }.ToJsonString(Indented) + "\n";
        var golden = Path.Combine(RepositoryRoot.Path, "tests", "OicGraph.Api.Tests", "Golden", "queries", name + ".json");
        if (Environment.GetEnvironmentVariable("OICGRAPH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, actual);
            Assert.Fail($"OICGRAPH_UPDATE_GOLDEN=1: wrote {golden}. Review the diff (git diff), then run the tests without it.");
        }

        Assert.True(File.Exists(golden), $"No golden result for {name}; run the tests once with OICGRAPH_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(await File.ReadAllTextAsync(golden), actual);
        Assert.NotEmpty(result["rows"]!.AsArray());
        // A golden of repeated rows hides what the query is for; every example query answers distinct rows.
        var rows = result["rows"]!.AsArray().Select(r => r!.ToJsonString()).ToList();
        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
    }
}
