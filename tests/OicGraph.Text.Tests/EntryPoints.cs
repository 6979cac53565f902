namespace OicGraph.Text.Tests;

/// Calls every public entry point of the text layer on one input; used by the bad-input tests.
public static class EntryPoints
{
    public static void RunAll(string input)
    {
        var normalized = KazakhNormalizer.Normalize(input);
        Assert.Equal(input, normalized.Original);
        Assert.Equal(input.Length, normalized.ToOriginal(normalized.Text.Length));
        _ = normalized.ToOriginalSpan(0, normalized.Text.Length);
        _ = KazakhTokenizer.Tokenize(input);
        _ = KazakhTokenizer.Tokenize(normalized.Text);
        _ = SentenceSplitter.Split(input);
        _ = SentenceSplitter.Split(normalized);
        _ = MatchKeys.Key(input);
        _ = MatchKeys.Stems(input, _ => true);
        _ = SearchKeys.ForQuery(input);
        _ = SearchKeys.ForName(input);
        _ = CyrillicToArabic.Convert(input);
        _ = CyrillicToLatin.Convert(input);
        _ = ArabicToCyrillic.Convert(input);
    }
}
