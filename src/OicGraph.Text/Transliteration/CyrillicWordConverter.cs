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

        // A letter maps to at most two Arabic letters: one chunk, so ToteHamza's indexing stays cheap.
        var tote = new StringBuilder((word.Length * 2) + 4);
        var hasHamza = MapLetters(word, options, tote);
        if (hasHamza && options.Hamza == HamzaStyle.MediaWiki)
        {
            ToteHamza.ApplyMediaWiki(tote);
        }
        else if (hasHamza)
        {
            ToteHamza.ApplyKazinform(tote);
        }

        if (IsAllUpper(word) && DialectRules.Abbreviation(tote) is { } spelled)
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
            DialectRules.SplitPatronymic(tote);
        }

        if (options.InsertYehBeforeEv)
        {
            DialectRules.InsertYehBeforeEv(tote);
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
}
