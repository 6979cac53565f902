namespace OicGraph.Text.Tokenization;

internal enum CharKind : byte
{
    Space,
    Arabic,
    Digit,
    Foreign,
    Punctuation,
    Symbol,
    Mark,
    Other,
}

/// A 64K lookup table: classifying a char is one array read in the tokenizer's hot loop.
internal static class CharClass
{
    private static readonly CharKind[] Table = Build();

    public static CharKind Of(char c) => Table[c];

    private static CharKind[] Build()
    {
        var table = new CharKind[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                _ when ArabicLetters.IsLetter(c) => CharKind.Arabic,
                >= '0' and <= '9' => CharKind.Digit,
                (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9') => CharKind.Digit,
                '\u0640' => CharKind.Arabic,
                _ when char.IsWhiteSpace(c) => CharKind.Space,
                >= '\u2160' and <= '\u2188' => CharKind.Foreign, // Roman numerals (Ⅱ, Ⅻ) number sessions and summits: word-like
                _ when char.IsLetter(c) => CharKind.Foreign,
                _ when char.IsPunctuation(c) => CharKind.Punctuation,
                _ when char.IsSymbol(c) => CharKind.Symbol,
                _ when IsMark(c) => CharKind.Mark,
                _ => CharKind.Other,
            };
        }

        return table;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format;
}
