namespace OicGraph.Text.Transliteration;

/// One piece of an Arabic word and its Cyrillic readings, most likely first.
internal readonly record struct ReverseUnit(string[] Options);

/// Cuts a hamza-free Arabic word into units (doc §1.4): يا/يۋ/يو/يە by position, the ev-rule's inserted ي, تس,
/// ambiguous vowels by the frontness asked for, and unambiguous consonants.
internal static class ReverseUnits
{
    public static List<ReverseUnit> Parse(string letters, Func<int, bool> front)
    {
        var units = new List<ReverseUnit>(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var prev = i > 0 ? letters[i - 1] : '\0';
            if (c == ArabicLetters.Yeh && IsEvInsertion(letters, i))
            {
                units.Add(new(["", "й", "и"])); // Cyrl2Tote inserts ي before ەۆ: Назарбаев → نازاربايەۆ
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
                units.Add(new(IsVowel(prev) && i + 2 < letters.Length && letters[i + 2] == ArabicLetters.Yeh ? ["ц", "тс"] : ["тс", "ц"]));
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
            ArabicLetters.Alef => initial || afterVowel ? ["я", "йа"] : ["ия", "ья", "я"],
            ArabicLetters.Ve => initial || afterVowel ? ["ю", "йу"] : ["ю", "ию", "иу"],
            ArabicLetters.Waw => afterVowel ? ["йо", "йө"] : ["ио", "йо", "иө"],
            _ => initial ? ["ие", "йе"] : afterVowel ? ["йе", "е"] : ["ие", "ье", "йе"],
        };
    }

    private static string[] Single(string letters, int i, bool front)
    {
        var c = letters[i];
        var prev = i > 0 ? letters[i - 1] : '\0';
        var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
        return c switch
        {
            ArabicLetters.Alef => front ? ["ә", "а"] : ["а", "ә"],
            ArabicLetters.Waw => front ? ["ө", "о"] : ["о", "ө"],
            ArabicLetters.U => front ? ["ү", "ұ"] : ["ұ", "ү"],
            ArabicLetters.AlefMaksura => front ? ["і", "ы"] : ["ы", "і"],
            ArabicLetters.Ae => i == 0 ? ["е", "э"] : ["е"],
            ArabicLetters.Yeh => IsVowel(prev) ? ["й", "и"] : ["и", "й"],
            ArabicLetters.Seen => prev == 'ن' && next == ArabicLetters.Yeh && i + 2 < letters.Length && letters[i + 2] == ArabicLetters.Alef
                ? ["ц", "с"] : ["с", "ц"], // -нция: конференция, Франция
            _ => [Consonant(c)],
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
