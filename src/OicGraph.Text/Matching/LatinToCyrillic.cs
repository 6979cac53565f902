using System.Text;

namespace OicGraph.Text.Matching;

/// Kazakh Latin (2021) back to Cyrillic, letter by letter, so a Latin query reaches the Arabic key space.
internal static class LatinToCyrillic
{
    /// Letters only Kazakh Latin uses: such a query is Kazakh, not English.
    public static bool LooksKazakh(string text)
    {
        foreach (var c in text)
        {
            if (char.ToLowerInvariant(c) is 'q' or 'ä' or 'ğ' or 'ñ' or 'ö' or 'ū' or 'ü' or 'ı' or 'ş')
            {
                return true;
            }
        }

        return false;
    }

    public static string Convert(string latin)
    {
        var output = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            var letter = c == 'I' ? 'і' : c == 'İ' ? 'и' : char.ToLowerInvariant(c) switch
            {
                'a' => 'а', 'ä' => 'ә', 'b' => 'б', 'd' => 'д', 'e' => 'е', 'f' => 'ф', 'g' => 'г', 'ğ' => 'ғ', 'h' => 'х',
                'ı' => 'і', 'i' => 'и', 'j' => 'ж', 'k' => 'к', 'l' => 'л', 'm' => 'м', 'n' => 'н', 'ñ' => 'ң', 'o' => 'о',
                'ö' => 'ө', 'p' => 'п', 'q' => 'қ', 'r' => 'р', 's' => 'с', 'ş' => 'ш', 't' => 'т', 'u' => 'у', 'ū' => 'ұ',
                'ü' => 'ү', 'v' => 'в', 'y' => 'ы', 'z' => 'з', 'ç' => 'ч', 'c' => 'ц', 'w' => 'у', 'x' => 'х',
                var other => other,
            };
            output.Append(letter);
        }

        return output.ToString();
    }
}
