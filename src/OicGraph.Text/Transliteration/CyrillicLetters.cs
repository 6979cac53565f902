namespace OicGraph.Text.Transliteration;

internal static class CyrillicLetters
{
    /// Letters of the Kazakh Cyrillic alphabet (and the Ə/Ɵ look-alikes) in lower case.
    public static bool IsLetter(char c) => Lower(c) is (>= 'а' and <= 'я') or 'ё' or 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і';

    public static bool IsVowel(char c) => Lower(c) is 'а' or 'ә' or 'е' or 'ё' or 'и' or 'о' or 'ө' or 'у' or 'ұ' or 'ү' or 'ы' or 'і' or 'э' or 'ю' or 'я';

    /// Lower case, with the Latin-script look-alikes some keyboards produce folded into Kazakh letters.
    public static char Lower(char c) => c switch
    {
        'Ə' or 'ə' => 'ә',
        'Ɵ' or 'ɵ' => 'ө',
        'Ү' => 'ү', 'Ұ' => 'ұ', 'Қ' => 'қ', 'Ғ' => 'ғ', 'Ң' => 'ң', 'Ө' => 'ө', 'Һ' => 'һ', 'І' => 'і', 'Ә' => 'ә', 'Ё' => 'ё',
        >= 'А' and <= 'Я' => (char)(c + 32),
        _ => c,
    };

    public static bool IsUpper(char c) => c is (>= 'А' and <= 'Я') or 'Ё' or 'Ә' or 'Ғ' or 'Қ' or 'Ң' or 'Ө' or 'Ұ' or 'Ү' or 'Һ' or 'І' or 'Ə' or 'Ɵ';
}
