using OicGraph.Text.Matching;

namespace OicGraph.Text.Transliteration;

/// Reverse transliteration of one normalised Arabic word: lexicon, lexicon stem + harmonised suffixes, then rules.
internal static class ReverseWord
{
    private const int MaxWordLength = 48;

    public static string Convert(string word, ReverseLexicon lexicon)
    {
        if (word.Length == 0)
        {
            return word;
        }

        var key = KeyBuilder.Build(word);
        if (lexicon.TryGet(key, out var known))
        {
            return known;
        }

        return (word.Length <= MaxWordLength ? FromLexiconStem(word, key, lexicon) : null) ?? FromRules(word);
    }

    public static string FromRules(string word)
    {
        var hamza = ArabicLetters.IsHamza(word[0]);
        var letters = hamza ? word[1..] : word;
        if (letters.Length > MaxWordLength)
        {
            // No real word is this long; harmony and validation are quadratic, so read it letter by letter.
            return ReverseCandidates.Preferred(string.Empty, ReverseUnits.Parse(letters, _ => hamza));
        }

        var units = ReverseUnits.Parse(letters, Harmony.Guess(letters, hamza));
        return ReverseCandidates.FirstValid(string.Empty, units, word) ?? ReverseCandidates.Preferred(string.Empty, units);
    }

    private static string? FromLexiconStem(string word, string key, ReverseLexicon lexicon)
    {
        foreach (var stemKey in SuffixStripper.Candidates(key))
        {
            if (stemKey.Length >= key.Length || !lexicon.TryGet(stemKey, out var stem) || stem.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var voiced = key[stemKey.Length - 1];
            if (voiced != stemKey[^1])
            {
                stem = stem[..^1] + Voiced(voiced);
            }

            var suffix = key[stemKey.Length..];
            var front = EndsFront(stem);
            var units = ReverseUnits.Parse(suffix, _ => front);
            if (ReverseCandidates.FirstValid(stem, units, word) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Voiced(char arabic) => arabic switch
    {
        ArabicLetters.Gaf => "г",
        ArabicLetters.Ain => "ғ",
        _ => "б",
    };

    // Suffixes follow the stem's last vowel; loans ending in е/и take front ones (президенті, Иерусалимдегі).
    private static bool EndsFront(string stem)
    {
        // -ев/-ов surnames follow the Kazakh stem: Назарбаевтың, Мусиновпен.
        var end = stem.EndsWith("ев", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("ов", StringComparison.OrdinalIgnoreCase) ? stem.Length - 2 : stem.Length;
        for (var k = end - 1; k >= 0; k--)
        {
            var c = Transliteration.CyrillicLetters.Lower(stem[k]);
            if (Transliteration.CyrillicLetters.IsVowel(c))
            {
                return c is 'ә' or 'е' or 'ө' or 'ү' or 'і' or 'э' or 'и';
            }
        }

        return false;
    }
}
