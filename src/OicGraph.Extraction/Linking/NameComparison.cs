using System.Text;

namespace OicGraph.Extraction.Linking;

/// <summary>
/// How two spellings of one name word are compared (issue #16 step 2). Reverse transliteration and site conventions vary
/// the vowels of a name (ميرزيوەۆ, ميرزيەيەۆ, ميرزيايەۆ, ميرزيەۆ) but not its consonants, so a variant must keep the
/// consonant skeleton, the first and last letter, and differ by a small edit distance.
/// </summary>
internal static class NameComparison
{
    /// <summary>
    /// The same word spelled two ways: equal keys, or one consonant skeleton, the same first and last letter (the
    /// last keeps Назарбаев apart from Назарбаева) and an edit distance of 1 (2 from seven letters on). Words shorter
    /// than <paramref name="minFuzzyLength"/> must be equal: short names differ by one letter (Ерлан, Арлан).
    /// </summary>
    public static bool SameWord(string a, string b, int minFuzzyLength = 5)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Min(a.Length, b.Length) < minFuzzyLength || a[0] != b[0] || a[^1] != b[^1] || Skeleton(a) != Skeleton(b))
        {
            return false;
        }

        return Distance(a, b) <= (Math.Max(a.Length, b.Length) >= 7 ? 2 : 1);
    }

    /// <summary>The consonants of a key: vowel letters (ا ە و ۇ ى, and ي ۋ, which are и/й and у) dropped, doubles collapsed.</summary>
    public static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (IsVowelLetter(c) || c == 'ء')
            {
                continue;
            }

            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static bool IsVowelLetter(char c) => c is 'ا' or 'ە' or 'و' or 'ۇ' or 'ى' or 'ي' or 'ۋ';

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
