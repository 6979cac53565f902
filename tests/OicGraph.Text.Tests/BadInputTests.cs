namespace OicGraph.Text.Tests;

public sealed class BadInputTests
{
    private const int Sixteenth = (1 << 20) / 16;

    public static TheoryData<string> Inputs =>
    [
        string.Empty, " ", "\n\t\r\n", "ء", "ٴ", "-", "- -", "ـ", "…", "\u0654", "\u064F\u064F\u0670", "\u0306", "ا\u0306",
        "Қазақстан قازاقستان Kazakhstan 123 ١٢٣ ۱۲۳ ✓", "😀 ي😀ى", "\uD800", "\uDC00ا", "ي ى", "ۋ و ە", "ءء«»", "i", "ﷺ ﷲ",
        "قازاقستان\u200Fнын\u200Caa", "ك س ر و- نىڭ", "12- ءسى -", "\0\u0001\uFFFF",
    ];

    // Patterns that once made a pass quadratic; smaller than a megabyte, since they only guard against that.
    public static TheoryData<string> Repeated =>
    [
        string.Concat(Enumerable.Repeat("ا ", Sixteenth)), string.Concat(Enumerable.Repeat("و ", Sixteenth)),
        string.Concat(Enumerable.Repeat("ев", Sixteenth)), string.Concat(Enumerable.Repeat(".x", Sixteenth)),
        string.Concat(Enumerable.Repeat("- ", Sixteenth)), string.Concat(Enumerable.Repeat("ء«", Sixteenth)),
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_entry_point_accepts_bad_input(string input) => EntryPoints.RunAll(input);

    /// <summary>
    /// Eight times the input may take about eight times as long, never the sixty-four times a quadratic pass would: the
    /// best of three runs at each size, compared with a wide margin (24) and a floor, so a loaded runner stays green.
    /// </summary>
    [Theory]
    [MemberData(nameof(Repeated))]
    public void Repeated_patterns_are_handled_in_linear_time(string input)
    {
        var small = BestOfThree(input[..(input.Length / 8)]);
        var large = BestOfThree(input);

        Assert.True(large <= small * 24 + TimeSpan.FromMilliseconds(30), $"8x the input took {large.TotalMilliseconds:F1} ms against {small.TotalMilliseconds:F1} ms");
    }

    private static TimeSpan BestOfThree(string input)
    {
        EntryPoints.RunAll(input);
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            EntryPoints.RunAll(input);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }
}
