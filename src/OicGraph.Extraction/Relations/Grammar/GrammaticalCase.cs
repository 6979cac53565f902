using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>The Kazakh noun cases an argument's role is read from, plus the attributive locative (-дағы/-дегі: "the one in").</summary>
internal enum GrammaticalCase
{
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Locative,
    Ablative,
    Instrumental,
    LocativeAttributive,
}

/// <summary>
/// The case an ending marks, read from its end: endings are match keys (hamza-free, ы and і both ى), so the front and
/// back allomorphs of a suffix are one string here, and the n-forms after the third-person possessive (-сына, -сында,
/// -сын) come out as the case they carry. An ending with no case suffix (nothing, or a possessive alone) is nominative.
/// </summary>
internal static class CaseEndings
{
    private static readonly (string[] Endings, GrammaticalCase Case)[] Table =
    [
        (Lexicon.Keys("дағы", "дегі", "тағы", "тегі"), GrammaticalCase.LocativeAttributive),
        (Lexicon.Keys("ның", "дың", "тың"), GrammaticalCase.Genitive),
        (Lexicon.Keys("мен", "бен", "пен", "менен", "бенен", "пенен"), GrammaticalCase.Instrumental),
        (Lexicon.Keys("дан", "ден", "тан", "тен", "нан", "нен"), GrammaticalCase.Ablative),
        (Lexicon.Keys("да", "де", "та", "те"), GrammaticalCase.Locative),
        (Lexicon.Keys("ға", "ге", "қа", "ке", "на", "не"), GrammaticalCase.Dative),
        (Lexicon.Keys("ны", "ды", "ты"), GrammaticalCase.Accusative),
        (Lexicon.Keys("сын", "ын"), GrammaticalCase.Accusative),
    ];

    public static GrammaticalCase Of(string ending)
    {
        if (ending.Length == 0)
        {
            return GrammaticalCase.Nominative;
        }

        foreach (var (suffix, @case) in SuffixesEndingIn(ending[^1]))
        {
            if (ending.EndsWith(suffix, StringComparison.Ordinal))
            {
                return @case;
            }
        }

        return GrammaticalCase.Nominative;
    }

    // The table's suffixes in its order, by their last letter: an ending tries the three or four that can match it
    // instead of all 34 (the grammar reads a case at nearly every mention and word it looks at).
    private static readonly Dictionary<char, (string Suffix, GrammaticalCase Case)[]> ByLastLetter = Table
        .SelectMany(row => row.Endings.Select(suffix => (Suffix: suffix, row.Case)))
        .GroupBy(e => e.Suffix[^1])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static (string Suffix, GrammaticalCase Case)[] SuffixesEndingIn(char last) => ByLastLetter.TryGetValue(last, out var suffixes) ? suffixes : [];

    /// <summary>
    /// Whether the ending carries the third-person possessive (-ы/-сы) before any case: "облысы", "төрағасының",
    /// "ауданына". The accusative -ны/-ды/-ты also ends in ы, so a ы after н, д or т is the accusative's.
    /// </summary>
    public static bool IsPossessive(string ending)
    {
        var rest = ending;
        foreach (var tail in PossessiveCaseTails)
        {
            if (rest.Length > tail.Length && rest.EndsWith(tail, StringComparison.Ordinal) && rest[^(tail.Length + 1)] == Yeh)
            {
                rest = rest[..^tail.Length];
                break;
            }
        }

        return rest.Length > 0 && rest[^1] == Yeh
            && (rest.Length == 1 || rest.EndsWith(ThirdPerson, StringComparison.Ordinal) || !AccusativeConsonants.Contains(rest[^2]));
    }

    private static readonly char Yeh = Lexicon.Key("ы")[0];

    private static readonly string AccusativeConsonants = Lexicon.Key("ндт");

    private static readonly string ThirdPerson = Lexicon.Key("сы");

    // The case endings that follow the possessive with an inserted н, longest first.
    private static readonly string[] PossessiveCaseTails = [.. Lexicon.Keys("ндағы", "ндегі", "ның", "нда", "нде", "нан", "нен", "мен", "на", "не", "н").OrderByDescending(t => t.Length)];

    /// <summary>
    /// Whether <paramref name="ending"/> is nothing but noun inflection: an optional plural, the optional third-person
    /// possessive, an optional case (with its n-form after the possessive). Elші is not ел + inflection; елінде is.
    /// </summary>
    public static bool IsInflection(string ending) => Inflections.Contains(ending);

    /// <summary>
    /// The inflection <paramref name="key"/> ends with after its first <paramref name="stemLength"/> letters, or null: the
    /// set's own string, so a stem test over every word (head nouns, post cues) cuts no substring from the key to ask.
    /// </summary>
    public static string? InflectionAfter(string key, int stemLength) =>
        InflectionsBySpan.TryGetValue(key.AsSpan(stemLength), out var ending) ? ending : null;

    private static readonly HashSet<string> Inflections = BuildInflections();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InflectionsBySpan = Inflections.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> BuildInflections()
    {
        string[] plain = ["", "ның", "дың", "тың", "ға", "ге", "қа", "ке", "ны", "ды", "ты", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "дағы", "дегі", "тағы", "тегі"];
        string[] afterPossessive = ["", "ның", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі"];
        string[] plurals = ["", "лар", "лер", "дар", "дер", "тар", "тер"];
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plural in plurals)
        {
            foreach (var @case in plain)
            {
                all.Add(Lexicon.Key(plural + @case));
            }

            foreach (var possessive in plural.Length > 0 ? ["ы"] : new[] { "ы", "сы" })
            {
                foreach (var @case in afterPossessive)
                {
                    all.Add(Lexicon.Key(plural + possessive + @case));
                }
            }
        }

        return all;
    }
}
