using System.Text;

namespace OicGraph.Text;

/// <summary>
/// Kazakh Cyrillic → the official Latin alphabet of 2021 (31 letters): Ә Ä, Ғ Ğ, Қ Q, Ң Ñ, Ө Ö, Ұ Ū, Ү Ü, Һ/Х H,
/// І I/ı (dotless), И/Й İ/i, Ы Y, У U, Ш Ş, Ж J. Letters outside the 31 follow the doc's (unverified) table:
/// Ч Ç, Ц Ts, Щ Ştş, Ё İo, Ю İu, Я İa, Э E; Ъ Ь dropped. Case is kept; a digraph in an all-capital word is all capitals.
/// </summary>
public static class CyrillicToLatin
{
    public static string Convert(string cyrillic)
    {
        ArgumentNullException.ThrowIfNull(cyrillic);
        var output = new StringBuilder(cyrillic.Length + 8);
        for (var i = 0; i < cyrillic.Length; i++)
        {
            var c = cyrillic[i];
            var lower = Transliteration.CyrillicLetters.Lower(c);
            var latin = Letter(lower);
            if (latin is null)
            {
                output.Append(c);
                continue;
            }

            if (!Transliteration.CyrillicLetters.IsUpper(c) || latin.Length == 0)
            {
                output.Append(latin);
                continue;
            }

            var allCaps = (i + 1 < cyrillic.Length && Transliteration.CyrillicLetters.IsUpper(cyrillic[i + 1]))
                || (i > 0 && Transliteration.CyrillicLetters.IsUpper(cyrillic[i - 1]) && (i + 1 == cyrillic.Length || !char.IsLetter(cyrillic[i + 1])));
            output.Append(Upper(latin, allCaps));
        }

        return output.ToString();
    }

    private static string Upper(string latin, bool allCaps)
    {
        var first = latin[0] switch { 'i' => "İ", 'ı' => "I", var f => char.ToUpperInvariant(f).ToString() };
        var rest = latin[1..];
        return first + (allCaps ? rest.ToUpperInvariant() : rest);
    }

    private static string? Letter(char c) => c switch
    {
        'а' => "a", 'ә' => "ä", 'б' => "b", 'в' => "v", 'г' => "g", 'ғ' => "ğ", 'д' => "d", 'е' => "e", 'ё' => "io",
        'ж' => "j", 'з' => "z", 'и' or 'й' => "i", 'к' => "k", 'қ' => "q", 'л' => "l", 'м' => "m", 'н' => "n",
        'ң' => "ñ", 'о' => "o", 'ө' => "ö", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ұ' => "ū",
        'ү' => "ü", 'ф' => "f", 'х' or 'һ' => "h", 'ц' => "ts", 'ч' => "ç", 'ш' => "ş", 'щ' => "ştş", 'ъ' or 'ь' => "",
        'ы' => "y", 'і' => "ı", 'э' => "e", 'ю' => "iu", 'я' => "ia",
        _ => null,
    };
}
