namespace OicGraph.Text.Tests;

public sealed class BadInputTests
{
    private const int OneMegabyte = 1 << 20;

    public static TheoryData<string> Inputs =>
    [
        string.Empty, " ", "\n\t\r\n", "ء", "ٴ", "-", "- -", "ـ", "…", "\u0654", "\u064F\u064F\u0670", "\u0306", "ا\u0306",
        "Қазақстан قازاقستان Kazakhstan 123 ١٢٣ ۱۲۳ ✓", "😀 ي😀ى", "\uD800", "\uDC00ا", "ي ى", "ۋ و ە", "ءء«»", "i", "ﷺ ﷲ",
        "قازاقستان\u200Fнын\u200Caa", "ك س ر و- نىڭ", "12- ءسى -", "\0\u0001\uFFFF",
    ];

    public static TheoryData<string> Huge =>
    [
        new string('ا', OneMegabyte), new string('ء', OneMegabyte), new string('-', OneMegabyte), new string(' ', OneMegabyte),
        new string('\u0654', OneMegabyte), new string('.', OneMegabyte), new string('а', OneMegabyte),
    ];

    // Patterns that once made a pass quadratic; smaller, since they only guard against that.
    public static TheoryData<string> Repeated =>
    [
        string.Concat(Enumerable.Repeat("ا ", Quarter)), string.Concat(Enumerable.Repeat("و ", Quarter)),
        string.Concat(Enumerable.Repeat("ев", Quarter)), string.Concat(Enumerable.Repeat(".x", Quarter)),
        string.Concat(Enumerable.Repeat("- ", Quarter)), string.Concat(Enumerable.Repeat("ء«", Quarter)),
    ];

    private const int Quarter = OneMegabyte / 16;

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_entry_point_accepts_bad_input(string input) => RunAll(input, reverse: true);

    [Theory]
    [MemberData(nameof(Huge))]
    public void One_megabyte_of_one_character_is_handled(string input) => RunAll(input, reverse: true);

    [Theory]
    [MemberData(nameof(Repeated))]
    public void Repeated_patterns_are_handled_in_linear_time(string input) => RunAll(input, reverse: true);

    private static void RunAll(string input, bool reverse)
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
        if (reverse)
        {
            _ = ArabicToCyrillic.Convert(input);
        }
    }
}
