namespace OicGraph.Text.Matching;

/// Morpheme slots in stem-to-end order (doc §3.3); stripping goes right to left, so each slot stripped must be lower
/// than the one stripped before it.
internal enum SuffixSlot
{
    Derivation = 1,
    Plural = 2,
    Possessive = 3,
    Case = 4,
    Attributive = 5,
}

/// A nominal suffix as it appears in a match key (hamza-free; ы/і collapse to ى).
internal sealed record Suffix(string Text, SuffixSlot Slot, bool AfterPossessive = false, bool VowelInitial = false);

internal static class Suffixes
{
    /// Longest first, so a longer allomorph is tried before its tail (ندا before دا).
    public static readonly Suffix[] All = Build();

    // The suffixes of All by their last letter, in All's order: a word is only tested against those it could end with.
    private static readonly Dictionary<char, Suffix[]> ByLast = All.GroupBy(s => s.Text[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    /// The suffixes <paramref name="word"/> could end with (those ending in its last letter), longest first as in <see cref="All"/>.
    public static ReadOnlySpan<Suffix> EndingLike(string word) => word.Length > 0 && ByLast.TryGetValue(word[^1], out var suffixes) ? suffixes : [];

    private static Suffix[] Build()
    {
        Suffix[] list =
        [
            .. Many(SuffixSlot.Attributive, "عى", "گى", "قى", "كى"),
            .. Many(SuffixSlot.Case, "نىڭ", "دىڭ", "تىڭ"),                              // genitive
            .. Many(SuffixSlot.Case, "عا", "گە", "قا", "كە"),                              // dative
            .. Many(SuffixSlot.Case, "نى", "دى", "تى"),                                    // accusative
            .. Many(SuffixSlot.Case, "دا", "دە", "تا", "تە"),                              // locative
            .. Many(SuffixSlot.Case, "دان", "دەن", "تان", "تەن", "نان", "نەن"),           // ablative
            .. Many(SuffixSlot.Case, "مەن", "بەن", "پەن", "مەنەن", "بەنەن", "پەنەن"),     // instrumental
            new("نا", SuffixSlot.Case, AfterPossessive: true),
            new("نە", SuffixSlot.Case, AfterPossessive: true),
            new("ن", SuffixSlot.Case, AfterPossessive: true),
            new("ندا", SuffixSlot.Case, AfterPossessive: true),
            new("ندە", SuffixSlot.Case, AfterPossessive: true),
            new("ى", SuffixSlot.Possessive, VowelInitial: true),
            new("سى", SuffixSlot.Possessive),
            new("ىمىز", SuffixSlot.Possessive, VowelInitial: true),
            new("مىز", SuffixSlot.Possessive),
            new("ىڭىز", SuffixSlot.Possessive, VowelInitial: true),
            new("ڭىز", SuffixSlot.Possessive),
            .. Many(SuffixSlot.Plural, "لار", "لەر", "دار", "دەر", "تار", "تەر"),
            .. Many(SuffixSlot.Derivation, "لىق", "لىك", "دىق", "دىك", "تىق", "تىك"),
        ];
        return [.. list.OrderByDescending(s => s.Text.Length)];
    }

    private static IEnumerable<Suffix> Many(SuffixSlot slot, params string[] texts) => texts.Select(t => new Suffix(t, slot));
}
