using System.Text;

namespace OicGraph.Text.Matching;

/// A consonant skeleton shared by Arabic-script keys and Latin spellings (Kazakhstan, Qazaqstan and قازاقستان all give
/// KZKSTN): vowels dropped, к/қ/г/ғ/х/һ merged, repeated letters collapsed. Lossy on purpose: it lets an English or
/// Latin query reach an entity whose names are in Arabic script or Cyrillic.
internal static class Skeleton
{
    public static string FromArabicKey(string key)
    {
        var output = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            Add(output, c == ' ' ? ' ' : Arabic(c));
        }

        return output.ToString().Trim();
    }

    public static string FromLatin(string text)
    {
        var s = text.ToLowerInvariant();
        var output = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (char.IsWhiteSpace(c) || c == '-')
            {
                Add(output, ' ');
                continue;
            }

            var digraph = (c, next) switch
            {
                ('s', 'h') or ('t', 's') => 'S',
                ('c', 'h') => 'C',
                ('z', 'h') or ('d', 'j') => 'J',
                ('k' or 'g', 'h') => 'K',
                ('p', 'h') => 'F',
                _ => '\0',
            };
            if (digraph != '\0')
            {
                Add(output, digraph);
                i++;
                continue;
            }

            // A word-final h after a vowel is silent in English spellings (Jeddah).
            var silentH = c == 'h' && (next == '\0' || !char.IsLetter(next));
            Add(output, silentH ? '\0' : Latin(c, next));
        }

        return output.ToString().Trim();
    }

    private static void Add(StringBuilder output, char c)
    {
        if (c == '\0' || (output.Length > 0 && output[^1] == c) || (c == ' ' && output.Length == 0))
        {
            return;
        }

        output.Append(c);
    }

    private static char Arabic(char c) => c switch
    {
        'ب' => 'B', 'پ' => 'P', 'ت' or 'ط' => 'T', 'ج' => 'J', 'ح' or 'ھ' or 'خ' or 'ع' or 'غ' or 'ق' or 'ك' or 'گ' => 'K',
        'د' or 'ض' => 'D', 'ر' => 'R', 'ز' or 'ذ' or 'ظ' => 'Z', 'س' or 'ش' or 'ث' or 'ص' => 'S', 'ف' => 'F', 'ل' => 'L',
        'م' => 'M', 'ن' or 'ڭ' => 'N', 'ۆ' => 'V', 'چ' => 'C',
        >= '0' and <= '9' => c,
        _ => '\0',
    };

    private static char Latin(char c, char next) => c switch
    {
        'b' => 'B', 'p' => 'P', 't' => 'T', 'j' => 'J', 'd' => 'D', 'r' => 'R', 'z' => 'Z', 's' or 'ş' => 'S',
        'f' => 'F', 'l' => 'L', 'm' => 'M', 'n' or 'ñ' => 'N', 'v' or 'w' => 'V', 'ç' => 'C',
        'k' or 'q' or 'g' or 'ğ' or 'h' => 'K',
        'c' => next is 'e' or 'i' or 'y' ? 'S' : 'K',
        'x' => 'K',
        >= '0' and <= '9' => c,
        _ => '\0',
    };
}
