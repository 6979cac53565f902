namespace OicGraph.Text.Tests;

/// Seed text with the encoding noise of doc §1.5 added deterministically: what the normaliser must undo.
public static class NoisyText
{
    public static IEnumerable<string> SeedSentences() =>
        SentenceSplitter.Split(SeedData.Interview).Select(s => s.Text).Where(s => s.Length > 20).Take(60);

    /// Invisible noise: the normalised text must be the same as that of the clean text.
    public static string AddInvisibleNoise(string text, int seed)
    {
        var random = new Random(seed);
        var output = new System.Text.StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inWord = i > 0 && i + 1 < text.Length && IsArabicLetter(text[i - 1]) && IsArabicLetter(c) && IsArabicLetter(text[i + 1]);
            output.Append(random.Next(8) switch
            {
                0 when c == 'ە' => "ه",
                1 when c == 'ك' => "ک",
                2 when c == 'ى' && i + 1 < text.Length && !IsArabicLetter(text[i + 1]) => "ی",
                3 when c == 'ي' && i + 1 < text.Length && IsArabicLetter(text[i + 1]) => "ی",
                4 when c == ' ' => "\u00A0",
                5 when c is >= '0' and <= '9' => ((char)('٠' + (c - '0'))).ToString(),
                _ => c.ToString(),
            });
            if (inWord && random.Next(6) == 0)
            {
                output.Append(random.Next(4) switch { 0 => "\u200C", 1 => "\u0640", 2 => "\u200F", _ => "\u200D" });
            }
        }

        return output.ToString();
    }

    // A presentation form for each letter of the seed (isolated forms; heh for ە, as reshapers write it).
    private const string Letters = "اىەنتلمسديقبوۇكعزۋجڭشگءپحفۆھر";
    private const string Forms = "\uFE8D\uFBE8\uFEEA\uFEE5\uFE95\uFEDD\uFEE1\uFEB1\uFEA9\uFEF1\uFED5\uFE8F\uFEED\uFBD7\uFED9\uFEC9\uFEAF\uFBDE\uFE9D\uFBD3\uFEB5\uFB92\uFE80\uFB56\uFEA1\uFED1\uFBD9\uFBAA\uFEAD";

    /// Letters swapped for presentation forms at random, as reshaper tools emit them.
    public static string AddPresentationForms(string text, int seed)
    {
        var random = new Random(seed);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = Letters.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0 && random.Next(3) == 0)
            {
                chars[i] = Forms[at];
            }
        }

        return new string(chars);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u06FF' and not '\u0640' and not (>= '\u0660' and <= '\u0669');
}
