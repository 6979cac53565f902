using OicGraph.Extraction.Contract;

namespace OicGraph.Extraction.Tests;

/// <summary>
/// The whole seed extraction against a reviewed JSON file. After a deliberate change, regenerate it with
/// <c>OICGRAPH_UPDATE_GOLDEN=1 dotnet test tests/OicGraph.Extraction.Tests</c> (which writes the file and fails, so an
/// update never passes for a check) and review the diff.
/// </summary>
public sealed class SeedGoldenTests
{
    private const string FileName = "seed-extraction.json";

    [Fact]
    public void Seed_extraction_matches_the_reviewed_golden_file()
    {
        var actual = ExtractionJson.Serialize(TestData.SeedExtraction, indented: true).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("OICGRAPH_UPDATE_GOLDEN") == "1")
        {
            var path = Path.Combine(TestData.SourceDirectory(), "Golden", FileName);
            File.WriteAllText(path, actual);
            Assert.Fail($"OICGRAPH_UPDATE_GOLDEN=1: wrote {path}. Review the diff (git diff), then run the tests without it.");
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", FileName)).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
