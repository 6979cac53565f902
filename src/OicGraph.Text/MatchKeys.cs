using OicGraph.Text.Matching;

namespace OicGraph.Text;

/// <summary>
/// Match keys for gazetteer lookups in the Arabic domain (doc §1.6 step 9, §3). A key is the normalised text with every
/// hamza removed (inflection adds and drops it: ءساۋىر / ساۋىردە), words joined by one space, every non-initial ي
/// before ەۆ dropped (Kazinform نازاربايەۆ and Egemen نازارباەۆ agree) and تس folded to س (ц is written both ways).
/// Compile the gazetteer with <see cref="CyrillicToArabic"/> and then <see cref="Key"/>, so both sides share the function.
/// </summary>
public static class MatchKeys
{
    /// <summary>The key of an Arabic-script word or phrase, normalising it first.</summary>
    public static string Key(string arabicWordOrPhrase)
    {
        ArgumentNullException.ThrowIfNull(arabicWordOrPhrase);
        return KeyBuilder.Build(KazakhNormalizer.Normalize(arabicWordOrPhrase).Text);
    }

    /// <summary>The key of text that is already normalised (a token of <see cref="NormalizedText.Text"/>): no allocation but the key.</summary>
    public static string KeyOfNormalized(ReadOnlySpan<char> normalized) => KeyBuilder.Build(normalized);

    /// <summary>
    /// Stems of an inflected word, as keys, that <paramref name="isKnownStem"/> accepts, least stripped first (the word's
    /// own key first if known). Strips right to left in morpheme order (doc §3.3): -ғы/-гі, case (with the n-forms after
    /// the 3rd-person possessive), possessive, plural, -лық; undoes к/г, қ/ғ, п/б voicing; for a phrase strips only the
    /// last word; for a hyphenated abbreviation (يىۇ-داعى) also tries the part before the hyphen.
    /// </summary>
    public static IReadOnlyList<string> Stems(string arabicWord, Func<string, bool> isKnownStem)
    {
        ArgumentNullException.ThrowIfNull(arabicWord);
        ArgumentNullException.ThrowIfNull(isKnownStem);
        var known = new List<string>();
        foreach (var candidate in SuffixStripper.Candidates(Key(arabicWord)))
        {
            if (isKnownStem(candidate) && !known.Contains(candidate))
            {
                known.Add(candidate);
            }
        }

        return known;
    }
}
