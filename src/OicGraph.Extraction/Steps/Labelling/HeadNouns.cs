using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The head nouns that close a Kazakh name (X ауданы, X агенттігі, X форумы): the labeller reads the nearest one to
/// the right of a word, so the first words of a long name know what they open before the ±2 window reaches the head.
/// </summary>
internal static class HeadNouns
{
    public enum Kind : byte
    {
        None,
        Organization,
        Event,
        Place,
    }

    private static readonly (string Key, Kind Kind)[] Heads =
    [
        .. Of(Kind.Organization,
            "министрлігі", "агенттігі", "комитеті", "департаменті", "басқармасы", "әкімдігі", "институты", "университеті",
            "орталығы", "қоры", "компаниясы", "кеңесі", "палатасы", "академиясы", "комиссиясы", "ұйымы", "одағы", "партиясы",
            "банкі", "қауымдастығы", "бірлестігі", "серіктестігі", "корпорациясы", "холдингі", "театры", "мектебі",
            "колледжі", "соты", "прокуратурасы", "полициясы", "мәслихаты", "парламенті", "үкіметі", "ассоциациясы",
            "федерациясы", "клубы", "командасы", "газеті", "журналы", "арнасы", "телеарнасы", "мұражайы", "кітапханасы",
            "ауруханасы", "инспекциясы", "бөлімі", "бөлімшесі", "филиалы", "зауыты", "фабрикасы", "лигасы", "министрлігі",
            "консерваториясы", "гимназиясы", "лицейі", "штабы", "қызметі", "әкімшілігі", "кабинеті", "думасы", "консулдығы", "елшілігі", "әуекомпаниясы", "мекемесі", "емханасы", "ансамблі", "училищесі",
            "басылымы", "музейі", "тобы", "сенаты", "мәжілісі", "жасағы", "әскері", "күштері", "трибуналы", "кәсіпорны",
            "концерні", "студиясы", "биржасы", "альянсы", "қозғалысы",

            // Bare heads, in any case: a name is as often "... жөніндегі агенттік", "Ұлттық ядролық орталықта" as
            // "... агенттігі" (5-fold CV ORG 0.733 -> 0.756 over possessed forms alone).
            "агенттік", "министрлік", "орталық", "музей", "комитет", "университет", "институт", "академия", "банк", "кеңес",
            "комиссия", "дума", "парламент", "үкімет", "компания", "корпорация", "қор", "ұйым", "одақ", "партия", "консулдық",
            "елшілік", "прокуратура", "сот", "полиция", "мәслихат", "әкімдік", "департамент", "басқарма"),
        .. Of(Kind.Event,
            "форумы", "конференциясы", "саммиті", "фестивалі", "чемпионаты", "олимпиадасы", "конкурсы", "байқауы", "көрмесі",
            "сессиясы", "съезі", "құрылтайы", "жылдығы", "мерекесі", "тойы", "турнирі", "ойындары", "апталығы", "онкүндігі",
            "акциясы", "марафоны", "отырысы", "конгресі", "симпозиумы", "кездесуі", "соғысы", "көтерілісі"),
        .. Of(Kind.Place,
            "облысы", "ауданы", "ауылы", "қаласы", "кенті", "мекені", "өзені", "көлі", "тауы", "шатқалы", "даласы", "аймағы",
            "өңірі", "аралы", "мұхиты", "теңізі", "көшесі", "даңғылы", "алаңы", "республикасы", "провинциясы", "штаты",
            "округі", "шағынауданы", "саябағы", "жотасы", "шөлі", "бұғазы", "түбегі"),
    ];

    private static IEnumerable<(string, Kind)> Of(Kind kind, params string[] words) => words.Distinct().Select(w => (Lexicon.Key(w), kind));

    /// <summary>The kind of head noun a word is, any case ending on it (<paramref name="stems"/>: its suffix-stripped keys).</summary>
    public static Kind Of(string key, IReadOnlyList<string> stems)
    {
        foreach (var (head, kind) in Heads)
        {
            if (key.StartsWith(head, StringComparison.Ordinal) && (key.Length == head.Length || Contains(stems, head)))
            {
                return kind;
            }
        }

        return Kind.None;
    }

    private static bool Contains(IReadOnlyList<string> stems, string head)
    {
        foreach (var stem in stems)
        {
            if (stem == head)
            {
                return true;
            }
        }

        return false;
    }
}
