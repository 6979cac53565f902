using System.Runtime.CompilerServices;
using OicGraph.Extraction.Contract;

namespace OicGraph.Extraction.Tests;

/// <summary>The seed interview, its gold annotation, and one shared extraction of it.</summary>
internal static class TestData
{
    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "oic-interview-mussinov.kk-Arab.txt")));
    private static readonly Lazy<ExtractionResult> SeedResult = new(() => Extractor.Extract(new ExtractionInput(Seed, "oic-interview-mussinov")));

    public static IEntityExtractor Extractor => ExtractionPipeline.CreateDefault();

    public static string Seed => SeedText.Value;

    public static ExtractionResult SeedExtraction => SeedResult.Value;

    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Data", "seed-gold.json");

    /// <summary>This project's source folder, where golden files are rewritten on request.</summary>
    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static ExtractionResult Extract(string text) => Extractor.Extract(new ExtractionInput(text, "test"));

    /// <summary>
    /// A sentence written for a test in Kazakh Cyrillic, read in the Arabic script Kazinform would print it in (the text
    /// layer's forward converter reproduces Kazinform's): readable in review, and exactly what the extractor meets.
    /// </summary>
    public static ExtractionResult ExtractKazakh(string cyrillic) => Extract(OicGraph.Text.CyrillicToArabic.Convert(cyrillic));
}
