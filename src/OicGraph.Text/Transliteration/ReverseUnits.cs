namespace OicGraph.Text.Transliteration;

/// One piece of an Arabic word and its Cyrillic readings, most likely first.
internal readonly record struct ReverseUnit(string[] Options);

/// Cuts a hamza-free Arabic word into units (doc §1.4): يا/يۋ/يو/يە by position, the ev-rule's inserted ي, تس,
/// ambiguous vowels by the frontness asked for, and unambiguous consonants.
internal static class ReverseUnits
{
    // Shared option lists: words are parsed letter by letter, so options must not be allocated per letter.
    private static readonly string[] EvYeh = ["", "й", "и"];
    private static readonly string[] BackA = ["а", "ә"];
    private static readonly string[] InitialE = ["е", "э"];
    private static readonly string[] E = ["е"];
    private static readonly string[] YehI = ["и", "й"];
    private static readonly string[] InitialYe = ["ие", "йе"];
    private static readonly string[] ConsonantYe = ["ие", "ье", "йе"];
    private static readonly string[] ConsonantYo = ["ио", "йо", "иө"];
    private static readonly string[] ConsonantYa = ["ия", "ья", "я"];
    private static readonly string[] YehShort = ["й", "и"];
    private static readonly string[] VowelYe = ["йе", "е"];
    private static readonly string[] VowelYo = ["йо", "йө"];
    private static readonly string[] BackO = ["о", "ө"];
    private static readonly string[] SeenS = ["с", "ц"];
    private static readonly string[] TehSeenTs = ["тс", "ц"];
    private static readonly string[] SeenTse = ["ц", "с"];
    private static readonly string[] TehSeenTse = ["ц", "тс"];
    private static readonly string[] BackY = ["ы", "і"];
    private static readonly string[] ConsonantYu = ["ю", "ию", "иу"];
    private static readonly string[] Yu = ["ю", "йу"];
    private static readonly string[] Ya = ["я", "йа"];
    private static readonly string[] FrontI = ["і", "ы"];
    private static readonly string[] FrontU = ["ү", "ұ"];
    private static readonly string[] BackU = ["ұ", "ү"];
    private static readonly string[] FrontA = ["ә", "а"];
    private static readonly string[] FrontO = ["ө", "о"];

    private static readonly string[][] Consonants = [.. Enumerable.Range(0x600, 0x100).Select(c => new[] { Consonant((char)c) })];

    public static List<ReverseUnit> Parse(string letters, Func<int, bool> front, bool loan = false)
    {
        var units = new List<ReverseUnit>(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var prev = i > 0 ? letters[i - 1] : '\0';
            if (c == ArabicLetters.Yeh && IsEvInsertion(letters, i))
            {
                units.Add(new(EvYeh)); // Cyrl2Tote inserts ي before ەۆ: Назарбаев → نازاربايەۆ
                continue;
            }

            if (c == ArabicLetters.Yeh && next is ArabicLetters.Alef or ArabicLetters.Ve or ArabicLetters.Waw or ArabicLetters.Ae)
            {
                units.Add(new(YehPair(prev, next, i == 0)));
                i++;
                continue;
            }

            if (c == ArabicLetters.Teh && next == ArabicLetters.Seen)
            {
                // ц is تس after a vowel before ي (федерация), and in loans generally (Герцеговина); тс in native joins (айтса).
                units.Add(new(loan || (IsVowel(prev) && i + 2 < letters.Length && letters[i + 2] == ArabicLetters.Yeh) ? TehSeenTse : TehSeenTs));
                i++;
                continue;
            }

            units.Add(new(Single(letters, i, front(i))));
        }

        return units;
    }

    private static bool IsEvInsertion(string letters, int i) =>
        i > 0 && i + 2 < letters.Length && letters[i + 1] == ArabicLetters.Ae && letters[i + 2] == ArabicLetters.Oe;

    private static string[] YehPair(char prev, char next, bool initial)
    {
        var afterVowel = IsVowel(prev);
        return next switch
        {
            ArabicLetters.Alef => initial || afterVowel ? Ya : ConsonantYa,
            ArabicLetters.Ve => initial || afterVowel ? Yu : ConsonantYu,
            ArabicLetters.Waw => afterVowel ? VowelYo : ConsonantYo,
            _ => initial ? InitialYe : afterVowel ? VowelYe : ConsonantYe,
        };
    }

    private static string[] Single(string letters, int i, bool front)
    {
        var c = letters[i];
        var prev = i > 0 ? letters[i - 1] : '\0';
        var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
        return c switch
        {
            ArabicLetters.Alef => front ? FrontA : BackA,
            ArabicLetters.Waw => front ? FrontO : BackO,
            ArabicLetters.U => front ? FrontU : BackU,
            ArabicLetters.AlefMaksura => front ? FrontI : BackY,
            ArabicLetters.Ae => i == 0 ? InitialE : E,
            ArabicLetters.Yeh => IsVowel(prev) ? YehShort : YehI,
            ArabicLetters.Seen => prev == 'ن' && next == ArabicLetters.Yeh && i + 2 < letters.Length && letters[i + 2] == ArabicLetters.Alef
                ? SeenTse : SeenS, // -нция: конференция, Франция
            _ => (uint)(c - 0x600) < 0x100u ? Consonants[c - 0x600] : [Consonant(c)],
        };
    }

    public static bool IsVowel(char c) => c is ArabicLetters.Alef or ArabicLetters.Waw or ArabicLetters.U or ArabicLetters.AlefMaksura
        or ArabicLetters.Ae or ArabicLetters.Yeh or ArabicLetters.Ve;

    private static string Consonant(char c) => c switch
    {
        'ب' => "б", 'ۆ' => "в", 'گ' => "г", 'ع' => "ғ", 'د' => "д", 'ج' => "ж", 'ز' => "з", 'ك' => "к", 'ق' => "қ",
        'ل' => "л", 'م' => "м", 'ن' => "н", 'ڭ' => "ң", 'پ' => "п", 'ر' => "р", 'س' => "с", 'ت' => "т", 'ۋ' => "у",
        'ف' => "ф", 'ح' => "х", 'ھ' => "һ", 'چ' => "ч", 'ش' => "ш", '-' => "-",
        _ => c.ToString(),
    };
}
