using OicGraph.Text;

namespace OicGraph.Extraction.Linking;

/// <summary>
/// A personal name split into its parts, as match keys: first name (or its initial), patronymic (-ұлы/-қызы, -ович,
/// written joined or split: كەمەل ۇلى) and surname. A single word is read as a surname (Назарбаев); a first name and a
/// patronymic without a surname is a name of its own kind (Қасым-Жомарт Кемелұлы).
/// </summary>
internal sealed record PersonName(string? First, bool FirstIsInitial, string? Patronymic, string? Surname)
{
    private static readonly string[] KazakhPatronymics = ["ۇلى", "قىزى"];
    private static readonly string[] RussianPatronymics = ["ەۆيچ", "وۆيچ", "ەۆنا", "وۆنا", "يچنا"];

    private static readonly BoundedCache<PersonName?> Parsed = new(1 << 16);

    /// <summary>
    /// A first name (not an initial) and a surname, or a patronymic standing as the surname (Айдарбек Айтмұхамбетұлы):
    /// a name two documents can be trusted to share.
    /// </summary>
    public bool IsFull => First is not null && !FirstIsInitial && (Surname is not null || Patronymic is not null);

    /// <summary>How many parts are named: the fuller of two matching names is the one others resolve to.</summary>
    public int Weight => (First is null ? 0 : FirstIsInitial ? 1 : 2) + (Patronymic is null ? 0 : 2) + (Surname is null ? 0 : 2);

    /// <summary>The parts of <paramref name="arabicName"/>, or null if it names no one; parsed once per distinct name
    /// (linking asks for each person's parts three times a document, and names recur across documents).</summary>
    public static PersonName? Parse(string arabicName) => Parsed.GetOrAdd(arabicName, ParseUncached);

    private static PersonName? ParseUncached(string arabicName)
    {
        var words = Words(arabicName);
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return IsPatronymic(words[0]) || words[0].Length < 2 ? null : new PersonName(null, false, null, words[0]);
        }

        var first = words[0];
        var surname = words[^1];
        string? patronymic = null;
        if (IsPatronymic(surname))
        {
            patronymic = surname;
            surname = null;
        }
        else if (words.Count > 2 && words.Skip(1).Take(words.Count - 2).FirstOrDefault(IsPatronymic) is { } middle)
        {
            patronymic = middle;
        }

        return new PersonName(first, first.Length == 1, patronymic, surname);
    }

    /// <summary>
    /// Whether two names can name one person. Every part both give must agree (an initial agrees with a first name it
    /// begins); <paramref name="fullNamesOnly"/> (across documents) also requires both to give a first name and a
    /// surname, since a bare surname in another article may be another person.
    /// </summary>
    public static bool SameReferent(PersonName a, PersonName b, bool fullNamesOnly)
    {
        if (fullNamesOnly && (!a.IsFull || !b.IsFull))
        {
            return false;
        }

        if (a.Surname is not null && b.Surname is not null)
        {
            if (!NameComparison.SameWord(a.Surname, b.Surname))
            {
                return false;
            }
        }
        else if (a.Surname is not null || b.Surname is not null)
        {
            // A first name and patronymic (Қасым-Жомарт Кемелұлы) names the full name that gives both.
            if (a.Patronymic is null || b.Patronymic is null || a.First is null || b.First is null)
            {
                return false;
            }
        }

        if (a.Patronymic is not null && b.Patronymic is not null && !NameComparison.SameWord(a.Patronymic, b.Patronymic))
        {
            return false;
        }

        if (a.First is null || b.First is null)
        {
            // A bare surname: agrees with any name of that surname (the caller requires a unique one).
            return a.Surname is not null && b.Surname is not null;
        }

        if (a.FirstIsInitial || b.FirstIsInitial)
        {
            return a.First[0] == b.First[0];
        }

        return NameComparison.SameWord(a.First, b.First, minFuzzyLength: 6);
    }

    private static bool IsPatronymic(string key) =>
        KazakhPatronymics.Any(p => key.Length > p.Length + 1 && key.EndsWith(p, StringComparison.Ordinal))
        || RussianPatronymics.Any(p => key.Length > p.Length + 2 && key.EndsWith(p, StringComparison.Ordinal));

    // Keys of the words, initials without their dot, a split patronymic (كەمەل ۇلى) joined back to its stem.
    private static List<string> Words(string arabicName)
    {
        var words = new List<string>();
        foreach (var raw in MatchKeys.Key(arabicName).Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', '-', '،', ',');
            if (word.Length == 0)
            {
                continue;
            }

            if (words.Count > 0 && KazakhPatronymics.Contains(word))
            {
                words[^1] += word;
                continue;
            }

            words.Add(word);
        }

        return words;
    }
}
