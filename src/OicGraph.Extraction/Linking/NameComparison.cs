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

        if (Math.Min(a.Length, b.Length) < minFuzzyLength || a[0] != b[0] || a[^1] != b[^1] || !SameSkeleton(a, b))
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

    /// <summary>Whether two keys have one <see cref="Skeleton"/>, compared as they are walked: linking compares every
    /// person with every reference name, and building both skeletons as strings was most of what that allocated.</summary>
    public static bool SameSkeleton(string a, string b)
    {
        int i = 0, j = 0;
        var previousA = '\0';
        var previousB = '\0';
        while (true)
        {
            var x = NextConsonant(a, ref i, ref previousA);
            var y = NextConsonant(b, ref j, ref previousB);
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }
    }

    // The next char of the key's skeleton after position i ('\0' at the end): vowels and hamza skipped, a repeat of
    // the previous skeleton char skipped.
    private static char NextConsonant(string key, ref int i, ref char previous)
    {
        while (i < key.Length)
        {
            var c = key[i++];
            if (IsVowelLetter(c) || c == 'ء' || c == previous)
            {
                continue;
            }

            previous = c;
            return c;
        }

        return '\0';
    }

    public static bool IsVowelLetter(char c) => c is 'ا' or 'ە' or 'و' or 'ۇ' or 'ى' or 'ي' or 'ۋ';

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        // Name words are short: the two rows live on the stack.
        Span<int> previous = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
