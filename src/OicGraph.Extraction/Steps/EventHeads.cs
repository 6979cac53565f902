using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Steps;

/// <summary>The head nouns that make a phrase an event or an initiative, with their English head word.</summary>
internal static class EventHeads
{
    public static readonly (string Key, string English)[] Events =
    [
        .. new[]
        {
            ("саммит", "Summit"), ("конференция", "Conference"), ("форум", "Forum"), ("отырыс", "Meeting"), ("жиналыс", "Meeting"),
            ("жиын", "Meeting"), ("съезд", "Congress"), ("конгресс", "Congress"), ("сессия", "Session"), ("көрме", "Exhibition"),
            ("фестиваль", "Festival"), ("чемпионат", "Championship"), ("олимпиада", "Olympiad"), ("конкурс", "Contest"),
            ("симпозиум", "Symposium"), ("кеңес-жиын", "Meeting"), ("сапар", "Visit"), ("кездесу", "Meeting"),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2)),
    ];

    /// <summary>
    /// Heads that name an event only after a quoted title («...» байқауы, «...» дода): alone, "іс-шара" or "байқау" is
    /// any event or contest at all.
    /// </summary>
    public static readonly (string Key, string English)[] QuotedEvents =
    [
        .. Events,
        .. new[]
        {
            ("байқау", "Contest"), ("дода", "Tournament"), ("турнир", "Tournament"), ("мереке", "Holiday"), ("шара", "Event"),
            ("іс-шара", "Event"), ("карнавал", "Carnival"), ("марафон", "Marathon"), ("акция", "Campaign"), ("кеш", "Evening"),
        }.Select(h => (Lexicon.Key(h.Item1), h.Item2)),
    ];

    /// <summary>The endings of a head noun's third-person possessive (байқауы, конкурсы), what ties it to the words before.</summary>
    public static readonly string[] Possessives = ["ى", "سى"];

    public static readonly (string Key, string English)[] Initiatives =
    [
        .. new[] { ("жоспар", "plan"), ("бағдарлама", "programme"), ("бастама", "initiative"), ("стратегия", "strategy"), ("жоба", "project") }
            .Select(h => (Lexicon.Key(h.Item1), h.Item2)),
    ];

    public static readonly string Action = Lexicon.Key("іс-қимыл");
    public static readonly string[] Named = Lexicon.Keys("атты", "деген", "атындағы");
    public static readonly string[] Demonstratives = Lexicon.Keys("аталған", "бұл", "осы", "сол", "мұндай");
    public static readonly string[] About = Lexicon.Keys("жөніндегі", "бойынша", "туралы");
    public static readonly string[] CouncilOfForeignMinisters = Lexicon.Keys("сыртқы", "істер", "министрлерінің");
    public static readonly string Creation = Lexicon.Key("құру");
    public static readonly (string Key, string Head, string English)[] Kinds =
    [
        (Lexicon.Key("пленарлық"), "Meeting", "Plenary Session"), (Lexicon.Key("ресми"), "Visit", "Official Visit"),
        (Lexicon.Key("мемлекеттік"), "Visit", "State Visit"), (Lexicon.Key("жұмыс"), "Visit", "Working Visit"),
    ];

    public static readonly string[] Dative = ["عا", "گە", "قا", "كە", "نا", "نە"];
    public static readonly string Gathered = Lexicon.Key("бас");
    public static readonly string[] GatheredVerb = Lexicon.Keys("қосты", "қосады", "қосқан");

    // The event heads by their first two letters: events looks for one at every word of every document.
    private static readonly TwoLetterIndex<(string Key, string English)> EventsByFirstLetters = new(Events, h => h.Key[..Math.Min(2, h.Key.Length)]);

    /// <summary>The English head when <paramref name="key"/> is an inflected form of one of <see cref="Events"/>.</summary>
    public static string? FindEvent(ExtractionContext context, string key) => Find(context, key, EventsByFirstLetters.Candidates(key));

    /// <summary>The English head when <paramref name="key"/> is an inflected form of one of <paramref name="heads"/>.</summary>
    public static string? Find(ExtractionContext context, string key, (string Key, string English)[] heads)
    {
        foreach (var (head, english) in heads)
        {
            if (key == head || (key.StartsWith(head, StringComparison.Ordinal) && context.Resources.NameStems(key).Contains(head)))
            {
                return english;
            }
        }

        return null;
    }
}
