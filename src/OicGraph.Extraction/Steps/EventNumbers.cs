using System.Globalization;
using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// The number of an event written before its head noun: a digit ordinal (<c>38-ءشى</c>, <c>74ء-ىنشى</c>, <c>19-ىنشى</c>),
/// an ordinal in words (<c>جەتپىس ءتورتىنشى</c>, <c>ون توعىزىنشى</c>, <c>العاشقى</c>), or a Roman numeral in Latin
/// (<c>XII</c>), as one Unicode numeral (<c>Ⅱ</c>) or converted letter by letter from Cyrillic (<c>ءحىى</c> = ХІІ).
/// </summary>
internal static class EventNumbers
{
    private static readonly (string Key, int Value)[] Ordinals =
    [
        .. new[]
        {
            ("бірінші", 1), ("алғашқы", 1), ("екінші", 2), ("үшінші", 3), ("төртінші", 4), ("бесінші", 5), ("алтыншы", 6),
            ("жетінші", 7), ("сегізінші", 8), ("тоғызыншы", 9), ("оныншы", 10), ("жиырмасыншы", 20), ("отызыншы", 30),
            ("қырқыншы", 40), ("елуінші", 50), ("алпысыншы", 60), ("жетпісінші", 70), ("сексенінші", 80), ("тоқсаныншы", 90),
            ("жүзінші", 100),
        }.Select(o => (Lexicon.Key(o.Item1), o.Item2)),
    ];

    /// <summary>The ordinal ending at word <paramref name="last"/>: its first word and value, or null.</summary>
    public static (int First, int Value)? EndingAt(IReadOnlyList<Word> words, int last, int sentenceStart)
    {
        var word = words[last];
        if (word.Kind == WordKind.Word && Roman(word.Text) is { } roman)
        {
            return (last, roman);
        }

        if (word.Kind == WordKind.Word && OrdinalWord(word.Key) is { } ordinal)
        {
            // "جەتپىس ءتورتىنشى" (seventy-fourth): tens before the units.
            var first = last;
            if (ordinal < 10 && last - 1 >= sentenceStart && Lexicon.Cardinal(words[last - 1].Key) is { } tens and >= 10 and < 100)
            {
                return (last - 1, tens + ordinal);
            }

            return (first, ordinal);
        }

        // "38-ءشى", "74ء-ىنشى", "19 -ىنشى": a number, then the ordinal ending as the tokenizer left it.
        var k = last;
        var suffix = false;
        while (k > sentenceStart && IsOrdinalPiece(words[k]))
        {
            suffix |= words[k].IsWord && words[k].Key.Length > 0;
            k--;
        }

        if (suffix && words[k].Kind == WordKind.Number && words[k].Text.Length <= 3
            && int.TryParse(words[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return (k, number);
        }

        return null;
    }

    private static bool IsOrdinalPiece(Word word) =>
        word.Is('-') || (word.IsWord && word.Kind == WordKind.Word && (word.Key.Length == 0 || Lexicon.IsAny(word.Key.TrimStart('-'), Lexicon.Ordinal)));

    private static int? OrdinalWord(string key)
    {
        foreach (var (ordinal, value) in Ordinals)
        {
            if (key == ordinal)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>XII, Ⅱ, or ءحىى (Cyrillic ХІІ converted: Х → ح, І → ى, В → ۆ); null if not a Roman numeral up to 100.</summary>
    public static int? Roman(string text)
    {
        if (text.Length == 1 && text[0] is >= '\u2160' and <= '\u216B')
        {
            return text[0] - '\u2160' + 1;
        }

        Span<char> latin = stackalloc char[8];
        var n = 0;
        var arabic = false;
        foreach (var c in text)
        {
            var letter = c switch
            {
                'I' or 'V' or 'X' or 'L' or 'C' => c,
                'ى' => 'I',
                'ح' => 'X',
                'ۆ' => 'V',
                _ => '\0',
            };
            if (c is 'ء' or 'ٴ')
            {
                continue;
            }

            if (letter == '\0' || n == latin.Length)
            {
                return null;
            }

            arabic |= c > '\u0600';
            latin[n++] = letter;
        }

        // A lone ى or ح is a letter, not a numeral; converted numerals need two letters.
        if (n == 0 || (arabic && n < 2))
        {
            return null;
        }

        var value = RomanValue(latin[..n]);
        return value is > 0 and <= 100 ? value : null;
    }

    private static int RomanValue(ReadOnlySpan<char> roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = Digit(roman[i]);
            total += i + 1 < roman.Length && Digit(roman[i + 1]) > v ? -v : v;
        }

        // Only canonical numerals (not IIII or VX): the value must write back to the same letters.
        return ToRoman(total).AsSpan().SequenceEqual(roman) ? total : 0;
    }

    private static int Digit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };

    private static string ToRoman(int value)
    {
        if (value is <= 0 or > 100)
        {
            return "";
        }

        (int Value, string Letters)[] table = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new System.Text.StringBuilder();
        foreach (var (v, letters) in table)
        {
            while (value >= v)
            {
                result.Append(letters);
                value -= v;
            }
        }

        return result.ToString();
    }
}
