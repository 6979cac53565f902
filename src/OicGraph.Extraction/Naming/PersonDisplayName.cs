using OicGraph.Text;

namespace OicGraph.Extraction.Naming;

/// <summary>
/// The Cyrillic of a new person's name, part by part, and whether a lexicon vouches for every part. A name part is a
/// first name, or a stem with a surname or patronymic ending (-ов, -ев, -ова, -ева, -ин, -ина, -ұлы, -қызы), or a
/// compound ending in a front-vowelled element (-бек, -берген, -гүл). The element is why a part needs reading on its own:
/// its ە makes the converter drop the word's hamza, so the word as a whole looks front-vowelled and the reverse reading
/// fronts the stem too (المازبەك read Әлмәзбек). The stem's own letters decide its vowels: no hamza and no ك گ ە in
/// الماز means back vowels, Алмаз+бек.
/// </summary>
internal static class PersonDisplayName
{
    private static readonly (string Arabic, string Cyrillic)[] Endings =
    [
        ("ۇلى", "ұлы"), ("قىزى", "қызы"), ("وۆا", "ова"), ("ەۆا", "ева"), ("وۆ", "ов"), ("ەۆ", "ев"), ("ينا", "ина"), ("ين", "ин"),
    ];

    private static readonly (string Arabic, string Cyrillic)[] FrontElements = [("بەرگەن", "берген"), ("بەك", "бек"), ("گۇل", "гүл")];

    // Back-vowelled elements: in a word with the hamza (ءتولجان) the front vowel it flags is the stem's, not theirs.
    private static readonly (string Arabic, string Cyrillic)[] BackElements =
        [("قاسىم", "қасым"), ("عالي", "ғали"), ("بولات", "болат"), ("جان", "жан"), ("حان", "хан"), ("باي", "бай"), ("تاي", "тай")];

    /// <summary>The Cyrillic of the name, and whether every part's stem is a known first name.</summary>
    public static (string Cyrillic, bool Known) Read(string arabicName, IReadOnlyDictionary<string, string> firstNames, ReverseLexicon lexicon)
    {
        var parts = new List<string>();
        var known = true;
        foreach (var raw in KazakhNormalizer.Normalize(arabicName).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', '،', ',');
            var key = MatchKeys.Key(word);
            if (key.Length == 0)
            {
                continue;
            }

            if (key.Length == 1)
            {
                parts.Add(Capitalize(ArabicToCyrillic.Convert(word, lexicon)) + ".");
                continue;
            }

            // A patronymic the converter split off (ءابىلقاسىم ۇلى) is one word in Cyrillic: Әбілқасымұлы.
            if (parts.Count > 0 && Endings.FirstOrDefault(e => e.Arabic == key && e.Cyrillic is "ұлы" or "қызы") is { Cyrillic: { } patronymic })
            {
                parts[^1] += patronymic;
                continue;
            }

            var (cyrillic, partKnown) = Part(word, firstNames, lexicon);
            parts.Add(cyrillic);
            known &= partKnown;
        }

        return (string.Join(' ', parts), known);
    }

    // The word keeps its hamza (ءابىلقاسىم): the key drops it, and with it the only sign of front vowels. The stem is
    // read on its own only when it is a first name or ends in a front element; else the whole word's reading stands,
    // since the converter reads -ев/-ов surnames (Беркінбаев) better with the ending than without.
    private static (string Cyrillic, bool Known) Part(string word, IReadOnlyDictionary<string, string> firstNames, ReverseLexicon lexicon)
    {
        var key = MatchKeys.Key(word);
        if (firstNames.TryGetValue(key, out var first))
        {
            return (first, true);
        }

        var stemKnown = false;
        foreach (var (arabic, cyrillic) in Endings)
        {
            if (word.Length > arabic.Length + 2 && word.EndsWith(arabic, StringComparison.Ordinal))
            {
                var stem = word[..^arabic.Length];

                // Kazinform writes -ев after a vowel with ي (نازاربايەۆ): that ي is the converter's, not й.
                if (cyrillic.StartsWith('е') && stem.Length > 2 && stem[^1] == 'ي' && NameIsVowel(stem[^2]))
                {
                    stem = stem[..^1];
                }

                // -ұлы/-қызы are always back-vowelled and say nothing of the stem's vowels, so the stem is read alone.
                stemKnown = firstNames.ContainsKey(MatchKeys.Key(stem));
                if (!stemKnown && cyrillic is not ("ұлы" or "қызы") && !HasFrontElement(stem) && !HasHamzaAndBackElement(stem))
                {
                    break;
                }

                var (stemCyrillic, known) = Stem(stem, firstNames, lexicon);
                var candidate = stemCyrillic + cyrillic;
                if (RoundTrips(candidate, key))
                {
                    return (candidate, known);
                }

                break;
            }
        }

        if (HasFrontElement(word) || HasHamzaAndBackElement(word))
        {
            return Stem(word, firstNames, lexicon);
        }

        return (Capitalize(ArabicToCyrillic.Convert(word, lexicon)), stemKnown);
    }

    // A stem with ۇ before the element is left to the converter: ү is as common there (Жүнісбек, Түсіпбек) as ұ.
    private static bool HasFrontElement(string word) =>
        FrontElements.Any(e => word.Length > e.Arabic.Length + 1 && word.EndsWith(e.Arabic, StringComparison.Ordinal) && !word[..^e.Arabic.Length].Contains('ۇ'));

    private static bool HasHamzaAndBackElement(string word) =>
        word.StartsWith('ء') && BackElements.Any(e => word.Length > e.Arabic.Length + 2 && word.EndsWith(e.Arabic, StringComparison.Ordinal));

    private static (string Cyrillic, bool Known) Stem(string stem, IReadOnlyDictionary<string, string> firstNames, ReverseLexicon lexicon)
    {
        if (firstNames.TryGetValue(MatchKeys.Key(stem), out var first))
        {
            return (first, true);
        }

        foreach (var (arabic, cyrillic) in FrontElements)
        {
            if (HasFrontElement(stem) && stem.EndsWith(arabic, StringComparison.Ordinal) && WithElement(arabic, cyrillic) is { } joined)
            {
                return joined;
            }
        }

        if (HasHamzaAndBackElement(stem))
        {
            var (arabic, cyrillic) = BackElements.First(e => stem.EndsWith(e.Arabic, StringComparison.Ordinal));
            if (WithElement(arabic, cyrillic) is { } joined)
            {
                return joined;
            }
        }

        return (Capitalize(ArabicToCyrillic.Convert(stem, lexicon)), false);

        // The head read on its own (a known first name, else converted), then the element's fixed Cyrillic; kept only when
        // it reads back to the same letters.
        (string, bool)? WithElement(string arabic, string cyrillic)
        {
            var head = stem[..^arabic.Length];
            var (headCyrillic, headKnown) = firstNames.TryGetValue(MatchKeys.Key(head), out var name)
                ? (name, true)
                : (Capitalize(ArabicToCyrillic.Convert(head, lexicon)), false);
            var candidate = headCyrillic + cyrillic;
            return RoundTrips(candidate, MatchKeys.Key(stem)) ? (candidate, headKnown) : null;
        }
    }

    // The reading is kept only if Kazinform's converter prints it back as the text's word.
    private static bool RoundTrips(string cyrillic, string key) =>
        MatchKeys.Key(CyrillicToArabic.Convert(cyrillic, new TransliterationOptions { SplitPatronymics = false })) == key;

    private static bool NameIsVowel(char c) => c is 'ا' or 'ە' or 'و' or 'ۇ' or 'ى';

    private static string Capitalize(string word) =>
        string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
