using System.Buffers;

namespace OicGraph.Text.Normalization;

/// The 2014 ar.inform.kz font-hack encoding (doc §1.5): Windows-1256 letters standing for Kazakh ones.
internal static class LegacyEncoding
{
    private static readonly SearchValues<char> LegacyLetters = SearchValues.Create("\u0626\u0629\u062B\u0630");

    /// Several of ئ ة ث ذ and (almost) none of the modern ى ە ڭ ۇ they replace.
    public static bool IsPresent(ReadOnlySpan<char> text)
    {
        // Modern text has at most a stray legacy letter: counted with vectorised searches, the usual answer needs no
        // per-character loop (which was a third of normalising the dev set).
        var legacy = 0;
        var rest = text;
        for (var at = rest.IndexOfAny(LegacyLetters); at >= 0; at = rest.IndexOfAny(LegacyLetters))
        {
            legacy++;
            rest = rest[(at + 1)..];
        }

        if (legacy < 2)
        {
            return false;
        }

        var modern = text.Count(ArabicLetters.AlefMaksura) + text.Count(ArabicLetters.Ae) + text.Count(ArabicLetters.Ng) + text.Count(ArabicLetters.U);
        return legacy > 8 * modern;
    }

    public static char Map(char c) => c switch
    {
        '\u0626' => ArabicLetters.AlefMaksura, // ئ = ы
        '\u0629' => ArabicLetters.Ae,          // ة = е
        '\u062B' => ArabicLetters.Ng,          // ث = ң
        '\u0624' => ArabicLetters.Ve,          // ؤ = у
        '\u0630' => ArabicLetters.U,           // ذ = ұ
        '\u0623' => ArabicLetters.Oe,          // أ = в
        _ => c,
    };
}
