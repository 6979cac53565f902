namespace OicGraph.Text.Tests;

/// The 98 seed word pairs (Arabic as published, Cyrillic) and the seed interview, copied into Data/.
public static class SeedData
{
    private static readonly Lazy<IReadOnlyList<(string Arabic, string Cyrillic)>> LazyPairs = new(LoadPairs);
    private static readonly Lazy<string> LazyInterview = new(() => File.ReadAllText(PathOf("oic-interview-mussinov.kk-Arab.txt")));

    public static IReadOnlyList<(string Arabic, string Cyrillic)> Pairs => LazyPairs.Value;

    public static string Interview => LazyInterview.Value;

    public static TheoryData<string, string> PairData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (arabic, cyrillic) in Pairs)
        {
            data.Add(arabic, cyrillic);
        }

        return data;
    }

    public static TheoryData<string> ArabicWords()
    {
        var data = new TheoryData<string>();
        foreach (var (arabic, _) in Pairs)
        {
            data.Add(arabic);
        }

        return data;
    }

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static List<(string, string)> LoadPairs() =>
        [.. File.ReadAllLines(PathOf("seed-word-pairs.tsv"))
            .Where(line => line.Contains('\t'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0].Trim(), parts[1].Trim()))];
}
