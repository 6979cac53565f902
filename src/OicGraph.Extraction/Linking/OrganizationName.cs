using OicGraph.Text;

namespace OicGraph.Extraction.Linking;

/// <summary>How two names of an organisation are compared, and how an abbreviation is read against a long name.</summary>
internal static class OrganizationName
{
    // Words an abbreviation skips (Ұжымдық қауіпсіздік туралы шарт ұйымы: ҰҚШҰ).
    private static readonly HashSet<string> Skipped = new(new[] { "تۋرالى", "جانە", "مەن", "بويىنشا", "جونىندەگى", "ءۇشىن" }.Select(MatchKeys.Key), StringComparer.Ordinal);

    private static readonly BoundedCache<string[]> WordsByName = new(1 << 16);

    /// <summary>
    /// Two spellings of one name: the same number of words, each pair <see cref="NameComparison.SameWord"/>, and at most
    /// two words spelled differently (a long name read twice by the labeller, not two bodies of one kind).
    /// </summary>
    public static bool SameName(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length != y.Length || x.Length == 0)
        {
            return false;
        }

        var differing = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                continue;
            }

            // Digits are never spelling variants (1-мектеп, 2-мектеп).
            if (x[i].Any(char.IsAsciiDigit) || y[i].Any(char.IsAsciiDigit) || !NameComparison.SameWord(x[i], y[i], minFuzzyLength: 6))
            {
                return false;
            }

            differing++;
        }

        return differing <= 2;
    }

    /// <summary>
    /// The letters of an abbreviation (ۇ ق ش ۇ, ۇقشۇ, يىۇ; Latin OIC) if the name is one: a single letter-spaced run or a
    /// short word of consonant-heavy letters; else null.
    /// </summary>
    public static string? AbbreviationLetters(string name)
    {
        var words = Words(name);
        if (words.Length == 0)
        {
            return null;
        }

        if (words.Length > 1)
        {
            return words.All(w => w.Length == 1) ? string.Concat(words) : null;
        }

        var word = words[0];
        if (word.Length is < 2 or > 6 || word.Any(c => !char.IsLetter(c)))
        {
            return null;
        }

        if (word.All(char.IsAsciiLetterUpper))
        {
            return word;
        }

        // Native words of up to six letters alternate vowels and consonants; an abbreviation has runs of consonants
        // or only a vowel per letter (ۇقشۇ): fewer than two vowel letters between three consonants in a row is enough.
        var consonantRun = 0;
        var maxRun = 0;
        foreach (var c in word)
        {
            consonantRun = NameComparison.IsVowelLetter(c) ? 0 : consonantRun + 1;
            maxRun = Math.Max(maxRun, consonantRun);
        }

        return maxRun >= 3 || (word.Length <= 4 && word.All(c => !NameComparison.IsVowelLetter(c) || c is 'ۇ' or 'ى' or 'ە')) ? word : null;
    }

    /// <summary>The letters of a letter-spaced run or of one short word (2 to 6 letters); else null.</summary>
    public static string? Letters(string text)
    {
        var words = Words(text);
        if (words.Length > 1)
        {
            return words.All(w => w.Length == 1) ? string.Concat(words) : null;
        }

        return words.Length == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(char.IsLetter) ? words[0] : null;
    }

    /// <summary>
    /// Whether <paramref name="letters"/> abbreviates <paramref name="longName"/>: the first letters of its words, in
    /// order, with the connective words (туралы, және) optional.
    /// </summary>
    public static bool Abbreviates(string letters, string longName)
    {
        var words = Words(longName);
        if (words.Length < 2 || letters.Length < 2)
        {
            return false;
        }

        return Matches(letters, 0, words, 0);
    }

    private static bool Matches(string letters, int at, string[] words, int word)
    {
        if (word == words.Length)
        {
            return at == letters.Length;
        }

        if (Skipped.Contains(words[word]) && Matches(letters, at, words, word + 1))
        {
            return true;
        }

        return at < letters.Length && words[word][0] == letters[at] && Matches(letters, at + 1, words, word + 1);
    }

    // Linking compares every organisation with every other (SameName, Abbreviates): each name's words are built once.
    // Callers only read the arrays.
    private static string[] Words(string name) => WordsByName.GetOrAdd(name, WordsUncached);

    private static string[] WordsUncached(string name) =>
        [.. MatchKeys.Key(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', '(', ')', '«', '»', '"')).Where(w => w.Length > 0)];
}
