using OicGraph.Text.Matching;

namespace OicGraph.Text;

/// <summary>
/// Search keys for cross-script entity search. Contract with the store: an entity stores <see cref="ForName"/> of each
/// of its names (any script); a query matches an entity when some stored key STARTS WITH some key of
/// <see cref="ForQuery"/> (ordinal comparison). Keys come in three spaces that never match each other:
/// <list type="bullet">
/// <item>Arabic-domain keys (<see cref="MatchKeys.Key"/>: hamza-free, ev-unified, تس→س): Arabic text as is, Cyrillic
/// through <see cref="CyrillicToArabic"/>, Kazakh Latin through Cyrillic. Precise.</item>
/// <item>Skeleton keys, prefixed <c>~</c>: upper-case ASCII consonants with vowels dropped and к/қ/г/ғ/х merged, so
/// <c>Kazakhstan</c>, <c>Qazaqstan</c>, <c>Қазақстан</c> and <c>قازاقستان</c> all give <c>~KZKSTN</c>. Fuzzy; they let
/// plain English transliterations in.</item>
/// <item>Literal keys, prefixed <c>=</c>, for Latin-script text only: the text in lower case (<c>=oic</c>), so acronyms
/// and exact Latin prefixes match.</item>
/// </list>
/// Query keys come best first: the exact key, then the key with nominal suffixes stripped from its last word
/// (<c>قازاقستاننىڭ</c> → <c>قازاقستان</c>), then the skeleton. Prefix matching means a typed prefix finds the entity.
/// </summary>
public static class SearchKeys
{
    private const char SkeletonMark = '~';
    private const char LiteralMark = '=';
    private const int MaxStripped = 6;
    private const int MinSkeleton = 2;

    /// <summary>Keys to store on an entity for one of its names.</summary>
    public static IReadOnlyList<string> ForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var keys = new List<string>(3);
        var (arabicKey, skeleton, literal) = Keys(name);
        AddDistinct(keys, arabicKey);
        AddDistinct(keys, skeleton.Length > 0 ? SkeletonMark + skeleton : string.Empty);
        AddDistinct(keys, literal.Length > 0 ? LiteralMark + literal : string.Empty);
        return keys;
    }

    /// <summary>Keys of a query typed in Arabic script, Cyrillic, Kazakh Latin or English transliteration, best first.</summary>
    public static IReadOnlyList<string> ForQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = new List<string>(5);
        var (arabicKey, skeleton, literal) = Keys(query);
        AddDistinct(keys, arabicKey);
        if (arabicKey.Length > 0)
        {
            foreach (var stem in SuffixStripper.Candidates(arabicKey).Where(s => IsPlausibleStem(arabicKey, s)).Take(MaxStripped))
            {
                AddDistinct(keys, stem);
            }
        }

        if (skeleton.Replace(" ", string.Empty, StringComparison.Ordinal).Length >= MinSkeleton)
        {
            AddDistinct(keys, SkeletonMark + skeleton);
        }

        AddDistinct(keys, literal.Length > 0 ? LiteralMark + literal : string.Empty);
        return keys;
    }

    private static (string ArabicKey, string Skeleton, string Literal) Keys(string text)
    {
        var (arabic, cyrillic, latin) = CountScripts(text);
        if (latin > arabic + cyrillic)
        {
            var arabicKey = LatinToCyrillic.LooksKazakh(text) ? MatchKeys.Key(CyrillicToArabic.Convert(LatinToCyrillic.Convert(text))) : string.Empty;
            return (arabicKey, Skeleton.FromLatin(text), Literal(text));
        }

        var key = MatchKeys.Key(cyrillic > 0 ? CyrillicToArabic.Convert(text) : text);
        return (key, Skeleton.FromArabicKey(key), string.Empty);
    }

    // Latin text as typed, lower case: acronyms (OIC, G-20) have too few consonants for a skeleton.
    private static string Literal(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', '\t', '\n', '\r').Where(w => w.Length > 0));

    // A stripped stem is kept when it leaves at least three letters and does not cut the -стан of a country name.
    private static bool IsPlausibleStem(string key, string stem)
    {
        var lastWord = stem.Length - stem.LastIndexOf(' ') - 1;
        if (stem.Length >= key.Length || lastWord < 3)
        {
            return false;
        }

        var cut = stem.Length;
        var stan = key.LastIndexOf("ستان", StringComparison.Ordinal);
        return stan < 0 || cut <= stan || cut >= stan + 4;
    }

    private static (int Arabic, int Cyrillic, int Latin) CountScripts(string text)
    {
        int arabic = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (ArabicLetters.IsLetter(c))
            {
                arabic++;
            }
            else if (Transliteration.CyrillicLetters.IsLetter(c))
            {
                cyrillic++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
        }

        return (arabic, cyrillic, latin);
    }

    private static void AddDistinct(List<string> keys, string key)
    {
        if (key.Length > 0 && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }
}
