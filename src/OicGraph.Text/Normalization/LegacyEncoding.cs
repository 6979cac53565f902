namespace OicGraph.Text.Normalization;

/// The 2014 ar.inform.kz font-hack encoding (doc §1.5): Windows-1256 letters standing for Kazakh ones.
internal static class LegacyEncoding
{
    /// Several of ئ ة ث ذ and (almost) none of the modern ى ە ڭ ۇ they replace.
    public static bool IsPresent(ReadOnlySpan<char> text)
    {
        var legacy = 0;
        var modern = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u0626' or '\u0629' or '\u062B' or '\u0630':
                    legacy++;
                    break;
                case ArabicLetters.AlefMaksura or ArabicLetters.Ae or ArabicLetters.Ng or ArabicLetters.U:
                    modern++;
                    break;
            }
        }

        return legacy >= 2 && legacy > 8 * modern;
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
