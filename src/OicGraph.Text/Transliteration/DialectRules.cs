using System.Text;

namespace OicGraph.Text.Transliteration;

/// Cyrl2Tote's ReplaceDialectWords, applied to a converted word: spelled-out abbreviations, split patronymics, the ev-rule.
internal static class DialectRules
{
    // Cyrl2Tote's dictionary of abbreviations it always spells out. Applied to capitals only: бақ "garden" is a word.
    public static string? Abbreviation(StringBuilder tote) => tote.ToString() switch
    {
        "قر" => "ق ر",
        "جحر" => "ج ح ر",
        "جشس" => "ج ش س",
        "شۇار" => "ش ۇ ا ر",
        "باق" => "ب ا ق",
        _ => null,
    };

    public static void SplitPatronymic(StringBuilder tote)
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
    public static void InsertYehBeforeEv(StringBuilder tote)
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
