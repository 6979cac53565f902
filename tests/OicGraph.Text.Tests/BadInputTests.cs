using OicGraph.Tests.Shared;

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
    /// Eight times the input may cost about eight times the work, never the sixty-four times a quadratic pass would. Work
    /// is measured so that a loaded runner cannot change it: bytes allocated (exact; a pass that copies the rest of the text
    /// at every step is quadratic here) and the thread's own processor time, best of three, with a wide margin (24) and a
    /// floor (a quadratic scan that allocates nothing shows there). Wall-clock time is not used.
    /// </summary>
    [Theory]
    [MemberData(nameof(Repeated))]
    public void Repeated_patterns_are_handled_in_linear_time(string input)
    {
        var small = BestOfThree(input[..(input.Length / 8)]);
        var large = BestOfThree(input);

        Assert.True(large.Allocated <= small.Allocated * 12 + 64 * 1024, $"8x the input allocated {large.Allocated:N0} bytes against {small.Allocated:N0}");
        Assert.True(large.Cpu <= small.Cpu * 24 + TimeSpan.FromMilliseconds(30), $"8x the input took {large.Cpu.TotalMilliseconds:F1} ms of processor time against {small.Cpu.TotalMilliseconds:F1} ms");
    }

    private static (long Allocated, TimeSpan Cpu) BestOfThree(string input)
    {
        EntryPoints.RunAll(input);
        var best = (Allocated: long.MaxValue, Cpu: TimeSpan.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            var (allocated, cpu) = ThreadWork.Measure(() => EntryPoints.RunAll(input));
            best = (Math.Min(best.Allocated, allocated), cpu < best.Cpu ? cpu : best.Cpu);
        }

        return best;
    }
}
