using OicGraph.Text.Normalization;

namespace OicGraph.Text;

/// <summary>
/// Normalises Kazakh Arabic-script text to the Kazinform convention (doc §1.6) while keeping an exact offset map.
/// </summary>
/// <remarks>
/// In order: presentation forms expanded (NFKC for Arabic, with offsets), combining hamza/madda composed, invisible and
/// bidi marks dropped, exotic spaces made plain, tatweel removed (a standalone one becomes <c>-</c>); the legacy 2014
/// font encoding detected and mapped; ه/ة→ە, ک→ك, Farsi yeh positional, أ إ آ→ا; ٵ ٶ ٷ ٸ, U+0674 and the Latin
/// <c>i</c> leak turned into base letter + front flag; Arabic-Indic digits and Arabic punctuation (، ؛ ؟ ٪ ۔) to ASCII;
/// a hamza before opening punctuation moved onto the word; hyphens touching a word on one side joined; letter-by-letter
/// abbreviations rejoined; finally the front flag written as one <c>ء</c> at the start of a word without ك گ ە.
/// Normalising twice gives the same text. Never throws on any string.
/// </remarks>
public static class KazakhNormalizer
{
    public static NormalizedText Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length == 0)
        {
            return new NormalizedText(input, input, [], []);
        }

        var a = TextBuffer.FromOriginal(input);
        var b = new TextBuffer(input.Length + (input.Length >> 3));
        UnicodeFormPass.Run(a, b);
        LetterPass.Run(b, a, LegacyEncoding.IsPresent(b));
        SpacingPass.Run(a, b);
        AbbreviationPass.Run(b, a);
        HamzaPass.Run(a, b);

        var text = b.Chars.SequenceEqual(input) ? input : b.ToString();
        return new NormalizedText(input, text, b.StartsArray(), b.EndsArray());
    }
}
