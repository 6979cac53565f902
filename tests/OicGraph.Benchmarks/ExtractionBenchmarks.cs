using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Labelling;

namespace OicGraph.Benchmarks;

/// <summary>
/// Extraction speed: the seed interview warm (target ≤ 5 ms) and the KazNERD-Arab development set on one core (target
/// ≥ 5 MB/s of UTF-8 text: divide <see cref="DevSetBytes"/> by the mean of <see cref="DevSet"/>). The development set
/// is read from ../shared when present; without it the seed is repeated to the same size class.
/// Run: dotnet run -c Release --project tests/OicGraph.Benchmarks -- --filter '*Extraction*' --job short
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IEntityExtractor _extractor = null!;
    private string _seed = "";
    private List<string> _dev = [];

    /// <summary>Size of the development set in UTF-8 bytes, printed at setup.</summary>
    public static long DevSetBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = ExtractionPipeline.CreateDefault();
        _seed = SeedText();
        _dev = DevelopmentSet(out var source);
        DevSetBytes = _dev.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"// dev set: {_dev.Count} documents, {DevSetBytes:N0} UTF-8 bytes ({source})");
        _extractor.Extract(new ExtractionInput(_seed));
    }

    /// <summary>Reading the shipped labeller model from the assembly (target ≤ 200 ms).</summary>
    [Benchmark]
    public int ModelLoad() => EmbeddedModels.Load(EmbeddedModels.Entities).FeatureCount;

    [Benchmark]
    public ExtractionResult Seed() => _extractor.Extract(new ExtractionInput(_seed, "seed"));

    [Benchmark]
    public int DevSet()
    {
        var entities = 0;
        foreach (var text in _dev)
        {
            entities += _extractor.Extract(new ExtractionInput(text)).Entities.Count;
        }

        return entities;
    }

    /// <summary>The texts of the KazNERD-Arab development set, or the seed repeated to its size class without ../shared.</summary>
    internal static List<string> DevelopmentSet(out string source)
    {
        if (DevelopmentSetFile() is { } dev)
        {
            source = "KazNERD-Arab valid";
            return [.. File.ReadLines(dev).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];
        }

        source = "seed x120";
        return [.. Enumerable.Repeat(SeedText(), 120)];
    }

    /// <summary>../shared's KazNERD-Arab development set (JSONL), or null where ../shared is not there.</summary>
    internal static string? DevelopmentSetFile()
    {
        var dev = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "kaznerd-arab", "valid.jsonl"));
        return File.Exists(dev) ? dev : null;
    }

    private static string SeedText() => File.ReadAllText(Path.Combine(RepositoryRoot(), "graph-seed", "documents", "oic-interview-mussinov.kk-Arab.txt"));

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "graph-seed")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
