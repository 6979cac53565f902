namespace OicGraph.Text.Matching;

/// Generates the candidate stems of a key by stripping nominal suffixes (doc §3). Unvalidated: callers check each
/// candidate against a lexicon, because many names end in letters that look like suffixes (سۋدان, يران, قاتار).
internal static class SuffixStripper
{
    private const int MinStemLength = 2;

    /// The key itself, then stems ordered by how much was stripped (least first); only the last word of a phrase is stripped.
    public static IReadOnlyList<string> Candidates(string key)
    {
        var space = key.LastIndexOf(' ');
        var prefix = space < 0 ? string.Empty : key[..(space + 1)];
        var last = key[(space + 1)..];
        var found = new List<string> { last };
        Strip(last, SuffixSlot.Attributive + 1, found);

        var hyphen = last.LastIndexOf('-');
        if (hyphen >= MinStemLength && IsSuffixChain(last[(hyphen + 1)..]))
        {
            // ي ى ۇ-داعى: an abbreviation with its suffix behind a hyphen.
            var head = last[..hyphen];
            found.Add(head);
            Strip(head, SuffixSlot.Attributive + 1, found);
        }

        return [.. found.Distinct().OrderByDescending(s => s.Length).Select(s => prefix + s)];
    }

    private static void Strip(string word, SuffixSlot below, List<string> found)
    {
        foreach (var suffix in Suffixes.EndingLike(word))
        {
            if (suffix.Slot >= below || word.Length - suffix.Text.Length < MinStemLength
                || !word.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^suffix.Text.Length];
            if (suffix.AfterPossessive && stem[^1] != ArabicLetters.AlefMaksura)
            {
                continue;
            }

            found.Add(stem);
            Strip(stem, suffix.Slot, found);
            if (suffix.VowelInitial && Unvoiced(stem[^1]) is var hard && hard != stem[^1])
            {
                // қыркүйек → қыркүйегі: a vowel-initial suffix voices the final consonant.
                var devoiced = string.Concat(stem.AsSpan(0, stem.Length - 1), new ReadOnlySpan<char>(in hard));
                found.Add(devoiced);
                Strip(devoiced, suffix.Slot, found);
            }
        }
    }

    private static bool IsSuffixChain(string tail)
    {
        var found = new List<string>();
        Strip("xx" + tail, SuffixSlot.Attributive + 1, found);
        return tail.Length == 0 || found.Contains("xx");
    }

    private static char Unvoiced(char c) => c switch
    {
        ArabicLetters.Gaf => ArabicLetters.Kaf,
        ArabicLetters.Ain => ArabicLetters.Qaf,
        '\u0628' => '\u067E', // ب → پ
        _ => c,
    };
}
