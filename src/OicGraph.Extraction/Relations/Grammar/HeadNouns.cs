using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// Common nouns that head a name's phrase and carry its case and possessive for it: Гливице қаласында (in the city of
/// Gliwice), Шет ауданына, Қырғыз елінде, Зеленский мырзамен. Reading the case there is what lets "Польшаның Гливице
/// қаласында" say both where it happened and whose city it is.
/// </summary>
internal static class HeadNouns
{
    private static readonly string[] Places = Lexicon.Keys(
        "қала", "облыс", "аудан", "өңір", "ауыл", "аул", "ел", "аймақ", "провинция", "өлке", "штат", "кент", "округ", "аумақ", "шаһар", "село", "поселке", "ауылдық округ", "мекен", "республика");

    private static readonly string[] People = Lexicon.Keys("мырза", "ханым");

    // «Нұр Отан» партиясының, «Хабар» арнасының: a quoted or bare name before the kind of body it is.
    private static readonly string[] Organizations = Lexicon.Keys(
        "партия", "агенттіг", "агенттік", "арна", "компания", "корпорация", "университет", "институт", "академия", "қор",
        "банк", "министрліг", "министрлік", "комитет", "кеңес", "одақ", "ұйым", "газет", "журнал", "театр",
        "зауыт", "холдинг", "орталығ", "орталық", "мектеб", "мектеп", "колледж", "федерация", "қауымдастығ", "қауымдастық",
        "палата", "департамент", "басқарма", "серіктестіг", "серіктестік", "консорциум", "клуб", "телеарна", "басылым",
        "кәсіпорн", "кәсіпорын", "қожалығ", "қожалық", "қоғам", "аурухана", "әкімдіг", "әкімдік", "инспекция", "прокуратура", "мұражай", "лицей",
        "гимназия", "училище", "комбинат", "фабрика", "кітапхана", "филармония", "консерватория", "ансамбл");

    private static readonly string[] Events = Lexicon.Keys(
        "фестиваль", "фестивал", "форум", "саммит", "конференция", "кездесу", "отырыс", "жиын", "сессия", "байқау", "көрме",
        "турнир", "чемпионат", "олимпиада", "конкурс", "концерт", "шара", "съезд", "құрылтай", "мереке", "апталығ", "күндер", "симпозиум", "акция");

    private static readonly string[] Documents = Lexicon.Keys(
        "бастама", "бағдарлама", "келісім", "меморандум", "жоба", "стратегия", "тұжырымдама", "декларация", "шарт", "хартия", "жоспар");

    // The grammar asks this several times per mention and per word after one (60 organisation nouns): each key tries only
    // the nouns of its first two letters, in the lists' order, so the first noun found is the one a full scan finds.
    private static readonly TwoLetterIndex<string> PlacesByLetters = ByFirstTwoLetters(Places);
    private static readonly TwoLetterIndex<string> PeopleByLetters = ByFirstTwoLetters(People);
    private static readonly TwoLetterIndex<string> OrganizationsByLetters = ByFirstTwoLetters(Organizations);
    private static readonly TwoLetterIndex<string> EventsByLetters = ByFirstTwoLetters(Events);
    private static readonly TwoLetterIndex<string> DocumentsByLetters = ByFirstTwoLetters(Documents);

    private static TwoLetterIndex<string> ByFirstTwoLetters(string[] heads) => new(heads, h => h[..Math.Min(2, h.Length)]);

    /// <summary>The ending after the head noun at <paramref name="key"/> when it is one for an entity of this type.</summary>
    public static string? EndingAfter(string key, EntityType type)
    {
        var heads = type switch
        {
            EntityType.City or EntityType.Country or EntityType.Region or EntityType.Place => PlacesByLetters,
            EntityType.Person => PeopleByLetters,
            EntityType.Event => EventsByLetters,
            EntityType.Initiative => DocumentsByLetters,
            EntityType.Organization => OrganizationsByLetters,
            _ => null,
        };
        if (heads is null)
        {
            return null;
        }

        foreach (var head in heads.Candidates(key))
        {
            if (key.StartsWith(head, StringComparison.Ordinal) && CaseEndings.InflectionAfter(key, head.Length) is { } ending)
            {
                return ending;
            }
        }

        return null;
    }

    /// <summary>
    /// How large the unit a place noun names is (облыс, штат 3; қала, аудан 2; ауыл (аулы), кент, округ, елді мекен 1), or null for a noun
    /// of no fixed size (ел, өңір, аймақ).
    /// </summary>
    public static int? PlaceRank(string key)
    {
        foreach (var (head, rank) in RanksByLetters.Candidates(key))
        {
            if (key.StartsWith(head, StringComparison.Ordinal) && CaseEndings.InflectionAfter(key, head.Length) is not null)
            {
                return rank;
            }
        }

        return null;
    }

    private static readonly (string[] Heads, int Rank)[] Ranks =
    [
        (Lexicon.Keys("облыс", "провинция", "өлке", "штат"), 3),
        (Lexicon.Keys("қала", "аудан", "шаһар"), 2),
        (Lexicon.Keys("ауыл", "аул", "кент", "село", "поселке", "округ", "мекен"), 1),
    ];

    // The place nouns larger units first, as Ranks lists them, by their first two letters.
    private static readonly TwoLetterIndex<(string Head, int Rank)> RanksByLetters =
        new(Ranks.SelectMany(r => r.Heads.Select(h => (h, r.Rank))), e => e.Item1[..Math.Min(2, e.Item1.Length)]);

    /// <summary>"елді мекені" (settlement): the place noun that follows the fixed word елді; its case is on мекен.</summary>
    public static bool OpensSettlement(string key, string next) => key == Settlement[0] && next.StartsWith(Settlement[1], StringComparison.Ordinal);

    private static readonly string[] Settlement = Lexicon.Keys("елді", "мекен");

    /// <summary>Whether the head noun at <paramref name="key"/> is plural (Орталық Азия елдері: countries, not a part of one).</summary>
    public static bool IsPlural(string key)
    {
        foreach (var plural in Plurals)
        {
            if (key.Contains(plural, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Plurals = Lexicon.Keys("лар", "лер", "дар", "дер", "тар", "тер");

    /// <summary>Whether <paramref name="key"/> is a place head noun with the possessive (облысы, қаласының): whose part it is.</summary>
    public static bool IsPossessivePlaceHead(string key) => EndingAfter(key, EntityType.Region) is { } ending && CaseEndings.IsPossessive(ending);
}
