using System.Text;
using BenchmarkDotNet.Attributes;
using OicGraph.Text;

namespace OicGraph.Benchmarks;

/// Normalise + split + tokenise + key the seed interview (issue 3 target: at least 20 MB/s of UTF-8 input on one core).
/// MB/s = SeedBytes / Mean; SeedBytes is printed by the setup.
[MemoryDiagnoser]
public class TextPipelineBenchmarks
{
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(FindSeed());
        Console.WriteLine($"// SeedBytes: {Encoding.UTF8.GetByteCount(_seed)} ({_seed.Length} chars)");
    }

    [Benchmark(Baseline = true)]
    public int Pipeline()
    {
        var normalized = KazakhNormalizer.Normalize(_seed);
        var count = SentenceSplitter.Split(normalized).Count;
        foreach (var token in KazakhTokenizer.Tokenize(normalized.Text))
        {
            if (token.Kind == TokenKind.Word)
            {
                count += MatchKeys.KeyOfNormalized(token.Text).Length;
            }
        }

        return count;
    }

    [Benchmark]
    public int Normalize() => KazakhNormalizer.Normalize(_seed).Text.Length;

    [Benchmark]
    public int Tokenize() => KazakhTokenizer.Tokenize(_seed).Count;

    // BenchmarkDotNet runs from a generated folder under bin/: walk up to the repository's graph-seed.
    private static string FindSeed()
    {
        const string relative = "graph-seed/documents/oic-interview-mussinov.kk-Arab.txt";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), relative);
    }
}
