using System.Text;

namespace OicGraph.Text.Transliteration;

/// One Cyrillic word (letters and hyphens) to Kazinform Arabic script: the Cyrl2Tote algorithm of doc §1.2.
internal static class CyrillicWordConverter
{
    public static void Convert(ReadOnlySpan<char> word, TransliterationOptions options, StringBuilder output)
    {
        if (options.SpellOutAbbreviations && TrySpellOut(word, options, output))
        {
            return;
        }

        var tote = new StringBuilder(word.Length + 4);
        var hasHamza = MapLetters(word, options, tote);
        if (hasHamza && options.Hamza == HamzaStyle.MediaWiki)
        {
            ApplyMediaWikiHamza(tote);
        }
        else if (hasHamza)
        {
            ApplyHamzaRule(tote);
        }

        if (IsAllUpper(word) && Abbreviation(tote) is { } spelled)
        {
            output.Append(spelled);
            return;
        }

        // Cyrl2Tote's dictionary writes баспасөз as two words.
        if (tote.Equals("ءباسپاسوز"))
        {
            output.Append("باسپا ءسوز");
            return;
        }

        if (options.SplitPatronymics)
        {
            SplitPatronymic(tote);
        }

        if (options.InsertYehBeforeEv)
        {
            InsertYehBeforeEv(tote);
        }

        output.Append(tote);
    }

    private static bool MapLetters(ReadOnlySpan<char> word, TransliterationOptions options, StringBuilder tote)
    {
        var hasHamza = false;
        for (var j = 0; j < word.Length; j++)
        {
            var c = CyrillicLetters.Lower(word[j]);
            var next = j + 1 < word.Length ? CyrillicLetters.Lower(word[j + 1]) : '\0';
            var pair = (c, next) switch
            {
                ('и', 'я') => "يا",
                ('й', 'я') => "ييا",
                ('и' or 'й', 'ю') => "يۋ",
                ('с', 'ц') => "س",
                ('т', 'ч') => "چ",
                ('и', 'й') => "ي",
                _ => null,
            };
            if (pair is not null)
            {
                tote.Append(pair);
                j++;
                continue;
            }

            var letter = c == 'ц' ? Tse(word, j, options.Tse) : Letter(c);
            hasHamza |= letter.Length > 0 && letter[0] == ArabicLetters.Hamza;
            tote.Append(letter);
        }

        return hasHamza;
    }

    private static string Tse(ReadOnlySpan<char> word, int j, TseRendering rendering) => rendering switch
    {
        TseRendering.Ts => "تس",
        TseRendering.S => "س",
        _ => j > 0 && CyrillicLetters.IsVowel(word[j - 1]) ? "تس" : "س",
    };

    private static string Letter(char c) => c switch
    {
        'а' => "ا", 'ә' => "ءا", 'б' => "ب", 'в' => "ۆ", 'г' => "گ", 'ғ' => "ع", 'д' => "د", 'е' or 'э' => "ە",
        'ё' or 'ө' => "ءو", 'ж' => "ج", 'з' => "ز", 'и' or 'й' => "ي", 'к' => "ك", 'қ' => "ق", 'л' => "ل",
        'м' => "م", 'н' => "ن", 'ң' => "ڭ", 'о' => "و", 'п' => "پ", 'р' => "ر", 'с' => "س", 'т' => "ت",
        'у' => "ۋ", 'ұ' => "ۇ", 'ү' => "ءۇ", 'ф' => "ف", 'х' => "ح", 'һ' => "ھ", 'ч' => "چ", 'ш' => "ش",
        'щ' => "شش", 'ы' => "ى", 'і' => "ءى", 'ю' => "يۋ", 'я' => "يا", 'ь' or 'ъ' => "",
        '-' => "-",
        _ => c.ToString(),
    };

    // Cyrl2Tote: drop every hamza, then put one back at the start unless the word has ك گ ە.
    private static void ApplyHamzaRule(StringBuilder tote)
    {
        tote.Replace("ء", string.Empty);
        var frontCue = false;
        for (var k = 0; k < tote.Length; k++)
        {
            frontCue |= ArabicLetters.IsFrontCue(tote[k]);
        }

        if (!frontCue)
        {
            tote.Insert(0, ArabicLetters.Hamza);
        }
    }

    // MediaWiki: per hyphen-separated part, ٴ unless the part has е э г ғ к қ (so төрағалық gets none).
    private static void ApplyMediaWikiHamza(StringBuilder tote)
    {
        var parts = tote.ToString().Split('-');
        tote.Clear();
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            if (k > 0)
            {
                tote.Append('-');
            }

            if (part.Contains(ArabicLetters.Hamza, StringComparison.Ordinal))
            {
                part = part.Replace(ArabicLetters.Hamza.ToString(), string.Empty, StringComparison.Ordinal);
                if (part.AsSpan().IndexOfAny("كگەعق") < 0)
                {
                    tote.Append(ArabicLetters.HighHamza);
                }
            }

            tote.Append(part);
        }
    }

    // Cyrl2Tote's dictionary of abbreviations it always spells out. Applied to capitals only: бақ "garden" is a word.
    private static string? Abbreviation(StringBuilder tote) => tote.ToString() switch
    {
        "قر" => "ق ر",
        "جحر" => "ج ح ر",
        "جشس" => "ج ش س",
        "شۇار" => "ش ۇ ا ر",
        "باق" => "ب ا ق",
        _ => null,
    };

    private static void SplitPatronymic(StringBuilder tote)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ۇلى", "ۇلىنىڭ", "قىزى", "قىزىنىڭ"])
        {
            var at = tote.Length - ending.Length;
            if (at > 0 && EndsWith(tote, ending) && IsWordChar(tote[at - 1]))
            {
                tote.Insert(at, ' ');
            }
        }
    }

    // The Cyrl2Tote regex \w(ەۆ) → يەۆ: after any word character, so also inside words (ريەۆوليۋتسيا). One pass.
    private static void InsertYehBeforeEv(StringBuilder tote)
    {
        var source = tote.ToString();
        tote.Clear();
        for (var p = 0; p < source.Length; p++)
        {
            if (p >= 1 && p + 1 < source.Length && source[p] == ArabicLetters.Ae && source[p + 1] == ArabicLetters.Oe && IsWordChar(source[p - 1]))
            {
                tote.Append(ArabicLetters.Yeh);
            }

            tote.Append(source[p]);
        }
    }

    private static bool TrySpellOut(ReadOnlySpan<char> word, TransliterationOptions options, StringBuilder output)
    {
        var hyphen = word.IndexOf('-');
        var head = hyphen < 0 ? word : word[..hyphen];
        if (head.Length < 2 || !IsAllUpper(head))
        {
            return false;
        }

        var single = options with { SpellOutAbbreviations = false };
        for (var k = 0; k < head.Length; k++)
        {
            if (k > 0)
            {
                output.Append(' ');
            }

            Convert(head.Slice(k, 1), single, output);
        }

        if (hyphen >= 0)
        {
            output.Append('-');
            Convert(word[(hyphen + 1)..], single, output);
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (c == '-')
            {
                continue;
            }

            if (!CyrillicLetters.IsUpper(c))
            {
                return false;
            }

            letters++;
        }

        return letters >= 2;
    }

    private static bool EndsWith(StringBuilder sb, string ending)
    {
        var at = sb.Length - ending.Length;
        for (var k = 0; k < ending.Length; k++)
        {
            if (sb[at + k] != ending[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
