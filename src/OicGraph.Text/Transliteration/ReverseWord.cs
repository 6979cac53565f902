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

        if (word.Length > MaxWordLength)
        {
            return FromRules(word);
        }

        return FromLexicon(word, lexicon) ?? FromCompound(word, lexicon) ?? FromRules(word);
    }

    /// A lexicon entry with this key, or a lexicon stem plus suffixes harmonised to it; null if neither. Works on phrases.
    public static string? FromLexicon(string text, ReverseLexicon lexicon)
    {
        var key = KeyBuilder.Build(text);
        return lexicon.TryGet(key, out var known) ? known : FromLexiconStem(text, key, lexicon);
    }

    // A hyphenated compound carries one hamza for the whole (ءىس-شارالار): read each part on its own, trying the
    // hamza on each part, and keep the first reading that converts back to the compound.
    private static string? FromCompound(string word, ReverseLexicon lexicon)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return null;
        }

        var hamza = ArabicLetters.IsHamza(word[0]);
        var first = hamza ? word[1..hyphen] : word[..hyphen];
        var second = word[(hyphen + 1)..];
        if (first.Length == 0 || second.Length == 0)
        {
            return null;
        }

        (bool First, bool Second)[] flags = hamza ? [(true, false), (false, true), (true, true)] : [(false, false)];
        foreach (var (firstFront, secondFront) in flags)
        {
            var candidate = Convert(Flag(first, firstFront), lexicon) + "-" + Convert(Flag(second, secondFront), lexicon);
            if (ReverseCandidates.Validates(candidate, word))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Flag(string part, bool front) => front && !ArabicLetters.IsHamza(part[0]) ? ArabicLetters.Hamza + part : part;

    public static string FromRules(string word)
    {
        var hamza = ArabicLetters.IsHamza(word[0]);
        var letters = hamza ? word[1..] : word;
        if (letters.Length > MaxWordLength)
        {
            // No real word is this long; harmony and validation are quadratic, so read it letter by letter.
            return ReverseCandidates.Preferred(string.Empty, ReverseUnits.Parse(letters, _ => hamza));
        }

        if (hamza && FromBirCompound(word, letters) is { } compound)
        {
            return compound;
        }

        var units = ReverseUnits.Parse(letters, Harmony.Guess(letters, hamza), Harmony.IsLoan(letters, hamza));
        return ReverseCandidates.FirstValid(string.Empty, units, word) ?? ReverseCandidates.Preferred(string.Empty, units);
    }

    // бір+ compounds (біршама, бірқатар, бірнеше): the hamza belongs to бір; the second part keeps its own harmony.
    private static string? FromBirCompound(string word, string letters)
    {
        if (letters.Length < 6 || !letters.StartsWith("بىر", StringComparison.Ordinal) || ReverseUnits.IsVowel(letters[3]))
        {
            return null;
        }

        var rest = letters[3..];
        var units = ReverseUnits.Parse(rest, Harmony.Guess(rest, hamza: false));
        return ReverseCandidates.FirstValid("бір", units, word);
    }

    private static string? FromLexiconStem(string word, string key, ReverseLexicon lexicon)
    {
        foreach (var stemKey in SuffixStripper.Candidates(key))
        {
            if (stemKey.Length >= key.Length || !lexicon.TryGet(stemKey, out var stem))
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
