using OicGraph.Text;

namespace OicGraph.Extraction.Reference;

/// <summary>
/// Kazakh words the rules look for, written in Cyrillic for review and compiled to Arabic match keys by the text layer
/// (the same function as the text side), so no rule carries hand-made Arabic.
/// </summary>
internal static class Lexicon
{
    public static string Key(string cyrillic) => MatchKeys.Key(CyrillicToArabic.Convert(cyrillic));

    public static string[] Keys(params string[] cyrillic) => [.. cyrillic.Select(Key).Distinct(StringComparer.Ordinal)];

    public static bool StartsWithAny(string key, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (key.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool EndsWithAny(string key, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAny(string key, string[] keys) => Array.IndexOf(keys, key) >= 0;

    // Dates (doc §4).
    public static readonly string[] Months = Keys("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");
    public static readonly string VoicedSeptember = Key("қыркүйег");
    public static readonly string Year = Key("жыл");
    public static readonly string Month = Key("ай");
    public static readonly string[] DurationUnits = Keys("жыл", "ай", "апта", "күн", "тәулік", "ғасыр");
    public static readonly string[] ThisYear = Keys("осы жылы", "дәл осы жылы", "сол жылы");
    public static readonly string[] Ordinal = Keys("ыншы", "інші", "нші", "ншы", "сыншы", "сінші", "шы", "ші");

    // Numbers in words: one list for every rule that reads a count or the tens of an ordinal (EventNumbers,
    // LocationRule), so a number word added for one is known to the other.
    public static readonly (string Key, int Value)[] Cardinals =
    [
        .. new[]
        {
            ("бір", 1), ("екі", 2), ("үш", 3), ("төрт", 4), ("бес", 5), ("алты", 6), ("жеті", 7), ("сегіз", 8), ("тоғыз", 9),
            ("он", 10), ("жиырма", 20), ("отыз", 30), ("қырық", 40), ("елу", 50), ("алпыс", 60), ("жетпіс", 70), ("сексен", 80),
            ("тоқсан", 90), ("жүз", 100),
        }.Select(c => (Key(c.Item1), c.Item2)),
    ];

    public static int? Cardinal(string key)
    {
        foreach (var (cardinal, value) in Cardinals)
        {
            if (key == cardinal)
            {
                return value;
            }
        }

        return null;
    }

    // Person context.
    public static readonly string[] Patronymic = Keys("ұлы", "қызы");
    public static readonly string[] SurnameEndings = Keys("ов", "ев", "ова", "ева", "ин", "ина", "ұлы", "қызы", "баев", "баева", "ский", "ская");
    public static readonly string[] PersonTitles = Keys("президенті", "президент", "министрі", "министр", "әкімі", "төрағасы", "депутаты", "директоры", "басшысы", "бастығы", "хатшысы", "елшісі", "орынбасары", "премьер-министрі", "спикері", "ректоры", "мүшесі", "маманы", "тілшісі", "журналист", "ақын", "жазушы", "әнші", "дәрігер", "профессор", "академик", "генерал", "полковник", "мырза", "ханым", "әріптесі", "өкілі", "сарапшы", "жаттықтырушы", "спортшы", "чемпион", "суретші", "композитор", "жазушысы", "ақыны");
}
