using System.Buffers;

namespace OicGraph.Text.Normalization;

/// Cheap, vectorised checks of whether a pass has anything to do, so clean text is not copied five times.
internal static class PassTriggers
{
    private static readonly SearchValues<char> UnicodeForm = SearchValues.Create(
        Range('\uFB50', '\uFEFF') + Range('\u064B', '\u065F') + "\u0670\u0640\u00A0\u00AD\u0306\u0308\u061C"
        + Range('\u200B', '\u200F') + Range('\u202A', '\u202F') + Range('\u2060', '\u2064') + Range('\u2066', '\u2069')
        + Range('\u2000', '\u200A') + "\u205F\u3000" + Range('\uFF01', '\uFF5E'));

    private const string LetterChars = "iI\u0131\u0130\u06CC\u06D0\u0647\u06C0\u0629\u06A9\u06AA\u0623\u0625\u0622\u0671\u0624\u0626"
        + "\u0675\u0676\u0677\u0678\u060C\u066C\u061B\u061F\u066A\u06D4\u066B\u2010\u2011";

    /// Characters <see cref="LetterPass"/> changes.
    public static readonly SearchValues<char> Letter = SearchValues.Create(LetterChars + Range('\u0660', '\u0669') + Range('\u06F0', '\u06F9'));

    /// The same plus the legacy letters ث ذ, for legacy-encoded text.
    public static readonly SearchValues<char> LegacyLetter = SearchValues.Create(LetterChars + "\u062B\u0630" + Range('\u0660', '\u0669') + Range('\u06F0', '\u06F9'));

    /// Characters <see cref="SpacingPass"/> looks at.
    public static readonly SearchValues<char> Spacing = SearchValues.Create("-\u0621\u0674");

    public static readonly SearchValues<char> Hamzas = SearchValues.Create("\u0621\u0674");

    public static bool NeedsUnicodeForm(ReadOnlySpan<char> text) => text.ContainsAny(UnicodeForm);

    public static bool NeedsLetter(ReadOnlySpan<char> text) => text.ContainsAny(Letter);

    /// A hyphen, or a hamza right before opening punctuation.
    public static bool NeedsSpacing(ReadOnlySpan<char> text) => text.Contains('-') || HamzaWhere(text, (before, after) => after is '«' or '“' or '"' or '„' or '‘' or '\'' or '(' or '[' or '‹');

    /// A space between two one-letter tokens.
    public static bool NeedsAbbreviation(ReadOnlySpan<char> text)
    {
        // From space to space (a vectorised search) rather than testing every character.
        var p = 0;
        while (p + 1 < text.Length && text[(p + 1)..].IndexOf(' ') is var found && found >= 0)
        {
            p += found + 1;
            if (p + 1 < text.Length && ArabicLetters.IsLetter(text[p - 1]) && ArabicLetters.IsLetter(text[p + 1])
                && (p == 1 || !ArabicLetters.IsLetter(text[p - 2]) || ArabicLetters.IsHamza(text[p - 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// A high hamza, or a hamza that is not at the start of a word.
    public static bool NeedsHamza(ReadOnlySpan<char> text) =>
        text.Contains(ArabicLetters.HighHamza) || HamzaWhere(text, (before, _) => ArabicLetters.IsLetter(before) || before == '-');

    private static bool HamzaWhere(ReadOnlySpan<char> text, Func<char, char, bool> test)
    {
        var offset = 0;
        while (text[offset..].IndexOfAny(Hamzas) is var found && found >= 0)
        {
            var at = offset + found;
            var before = at > 0 ? text[at - 1] : ' ';
            var after = at + 1 < text.Length ? text[at + 1] : ' ';
            if (test(before, after))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static string Range(char first, char last) => string.Create(last - first + 1, first, (span, start) =>
    {
        for (var k = 0; k < span.Length; k++)
        {
            span[k] = (char)(start + k);
        }
    });
}
