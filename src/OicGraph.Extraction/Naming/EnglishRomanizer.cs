using System.Text;

namespace OicGraph.Extraction.Naming;

/// <summary>
/// Kazakh Cyrillic to the English spelling news agencies use for names (Nazarbaev, Berkinbaev, Olzhas): the 2021 Latin
/// alphabet is for Kazakh text, not for English display names, whose ж/ш/ұ/і follow BGN/PCGN habits.
/// </summary>
internal static class EnglishRomanizer
{
    public static string Romanize(string cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length + 8);
        var wordStart = true;
        foreach (var c in cyrillic)
        {
            var lower = char.ToLowerInvariant(c);
            var latin = Map(lower);
            if (latin is null)
            {
                sb.Append(c);
                wordStart = !char.IsLetter(c);
                continue;
            }

            if (latin.Length > 0 && (char.IsUpper(c) || wordStart))
            {
                latin = char.ToUpperInvariant(latin[0]) + latin[1..];
            }

            sb.Append(latin);
            wordStart = false;
        }

        return sb.ToString();
    }

    private static string? Map(char c) => c switch
    {
        'а' or 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' or 'ғ' => "g",
        'д' => "d",
        'е' or 'э' => "e",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' or 'і' => "i",
        'й' => "y",
        'к' or 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' or 'ң' => "n",
        'о' or 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' or 'ұ' or 'ү' => "u",
        'ф' => "f",
        'х' or 'һ' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' or 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => null,
    };
}
