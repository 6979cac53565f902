using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// The predicates relation rules read (issue #10's list and their near synonyms), and the lookup that finds one at a
/// word: the longest stem the word's key starts with whose remainder is a verb ending and whose fixed words precede it.
/// </summary>
internal static class PredicateLexicon
{
    public static readonly IReadOnlyList<Predicate> All =
    [
        Predicate.Of(Frame.Meet, "кездес"),
        Predicate.Of(Frame.Meet, "кездесу өткіз"),
        Predicate.Of(Frame.Meet, "жүздес"),
        Predicate.Of(Frame.Meet, "әңгімелес"),
        Predicate.Of(Frame.Meet, "сөйлес"),
        Predicate.Of(Frame.Meet, "пікір алмас"),
        Predicate.Of(Frame.Meet, "келіссөз жүргіз"),
        Predicate.Of(Frame.Meet, "келіссөздер жүргіз"),
        Predicate.Of(Frame.Meet, "келіссөз өткіз"),
        Predicate.Of(Frame.Meet, "келіссөздер өткіз"),
        Predicate.Of(Frame.Meet, "кездесуін өткіз"),
        Predicate.Of(Frame.Meet, "кездесулер өткіз"),
        Predicate.Of(Frame.Meet, "сұхбаттас"),
        Predicate.Of(Frame.Meet, "талқыла"),
        Predicate.Of(Frame.Receive, "қабылда"),
        Predicate.Of(Frame.Receive, "қарсы ал"),
        Predicate.Of(Frame.Go, "бар"),
        Predicate.Of(Frame.Go, "кел"),
        Predicate.Of(Frame.Go, "сапар жаса"),
        Predicate.Of(Frame.Go, "сапармен бар"),
        Predicate.Of(Frame.Go, "сапармен кел"),
        Predicate.Of(Frame.Go, "сапарын аяқта"),
        Predicate.Of(Frame.Go, "ат басын бұр"),
        Predicate.Of(Frame.Tour, "арала"),
        Predicate.Of(Frame.Stay, "бол"),
        Predicate.Of(Frame.Stay, "сапармен жүр"),
        Predicate.Of(Frame.Stay, "сапарда жүр"),
        Predicate.Of(Frame.Stay, "іссапарда жүр"),
        Predicate.Of(Frame.Participate, "қатыс"),
        Predicate.Of(Frame.Perform, "сөз сөйле"),
        Predicate.Of(Frame.Perform, "баяндама жаса"),
        Predicate.Of(Frame.Perform, "өнер көрсет"),
        Predicate.Of(Frame.Perform, "сөйле"),
        Predicate.Of(Frame.TakePlace, "өт"),
        Predicate.Of(Frame.TakePlace, "өткізіл"),
        Predicate.Of(Frame.TakePlace, "ұйымдастырыл"),
        Predicate.Of(Frame.TakePlace, "бастал"),
        Predicate.Of(Frame.TakePlace, "ашыл"),
        Predicate.Of(Frame.TakePlace, "жалғас"),
        Predicate.Of(Frame.TakePlace, "аяқтал"),
        Predicate.Of(Frame.Organize, "өткіз"),
        Predicate.Of(Frame.Organize, "ұйымдастыр"),
        Predicate.Of(Frame.Sign, "қол қой"),
        Predicate.Of(Frame.Propose, "ұсын"),
        Predicate.Of(Frame.Propose, "бастама көтер"),
        Predicate.Of(Frame.Propose, "көтер"),
        Predicate.Of(Frame.Join, "мүше бол"),
        Predicate.Of(Frame.Join, "мүшесі бол"),
        Predicate.Of(Frame.Join, "мүшелікке ен"),
        Predicate.Of(Frame.Join, "мүшелікке қабылдан"),
        Predicate.Of(Frame.Join, "қосыл"),
        Predicate.Of(Frame.Locate, "орналас", @event: false),
        Predicate.Of(Frame.Work, "жұмыс істе", @event: false),
        Predicate.Of(Frame.Work, "қызмет ет", @event: false),
        Predicate.Of(Frame.Work, "қызмет атқар", @event: false),
        Predicate.Of(Frame.Work, "қызметін атқар", @event: false),
        Predicate.Of(Frame.Work, "еңбек ет", @event: false),
        Predicate.Of(Frame.Lead, "басқар", @event: false),
        Predicate.Of(Frame.Lead, "баста", @event: false),
        Predicate.Of(Frame.TakeOffice, "тағайындал"),
        Predicate.Of(Frame.TakeOffice, "сайлан"),
        Predicate.Of(Frame.TakeOffice, "атан"),
        Predicate.Of(Frame.TakeOffice, "кіріс"),
        Predicate.Of(Frame.TakeOffice, "бекітіл"),
    ];

    // Longest stem first, so өткіз wins over өт and the multi-word forms over their verb alone; by the first two letters
    // of the stem, which a word must start with (a stem of one or two letters by its first only: өт + се is وسە, see At).
    private static readonly TwoLetterIndex<Predicate> ByFirstLetters = new(
        All.OrderByDescending(p => p.Stem.Length).ThenByDescending(p => p.Before.Length),
        p => p.Stem[..(p.Stem.Length <= 2 ? 1 : 2)]);

    /// <summary>The predicate whose verb is word <paramref name="i"/>, with its form, or null.</summary>
    public static (Predicate Predicate, int First, VerbForm Form)? At(IReadOnlyList<Word> words, int i, int sentenceStart)
    {
        // What the verb's own key decides is kept on its shared entry (when a step has looked the word up): the grammar
        // asks this of every free word of a sentence, and reading a verb ending takes a few dozen suffix tests.
        var word = words[i];
        var hits = word.Facts is { } facts ? facts.PredicateHits ??= HitsOf(word.Key) : HitsOf(word.Key);
        foreach (var (predicate, form) in hits.Verbs)
        {
            if (i - predicate.Before.Length < sentenceStart)
            {
                continue;
            }

            var before = true;
            for (var k = 0; k < predicate.Before.Length && before; k++)
            {
                before = words[i - predicate.Before.Length + k].Key == predicate.Before[k];
            }

            if (before)
            {
                return (predicate, i - predicate.Before.Length, form);
            }
        }

        return hits.Conditional is { } conditional ? (conditional.Predicate, i, conditional.Form) : null;
    }

    /// <summary>A predicate a key is the verb of, with the form its ending gives.</summary>
    internal readonly record struct Hit(Predicate Predicate, VerbForm Form);

    /// <summary>
    /// What a key alone decides for <see cref="At"/>: the predicates (longest stem first) whose stem it starts with and
    /// whose ending is a verb form, their preceding words still to check; and the conditional with a merged т, if any.
    /// </summary>
    internal sealed record KeyHits(Hit[] Verbs, Hit? Conditional)
    {
        public static readonly KeyHits None = new([], null);
    }

    private static KeyHits HitsOf(string key)
    {
        var candidates = ByFirstLetters.Candidates(key);
        List<Hit>? verbs = null;
        foreach (var predicate in candidates)
        {
            if (key.StartsWith(predicate.Stem, StringComparison.Ordinal) && VerbEndings.Of(key[predicate.Stem.Length..]) is { } form)
            {
                (verbs ??= []).Add(new Hit(predicate, form));
            }
        }

        // Match keys fold тс to с (ц is written both ways), so өт + се is وسە: the stem's т merged into the ending.
        Hit? merged = null;
        foreach (var predicate in candidates)
        {
            if (predicate.Stem[^1] == Teh && predicate.Before.Length == 0 && key.Length > predicate.Stem.Length
                && key.StartsWith(predicate.Stem.AsSpan(0, predicate.Stem.Length - 1), StringComparison.Ordinal) && key[predicate.Stem.Length - 1] == Seen
                && VerbEndings.Of(key[(predicate.Stem.Length - 1)..]) is { Assertion: Assertion.Unreal } conditional)
            {
                merged = new Hit(predicate, conditional);
                break;
            }
        }

        return verbs is null && merged is null ? KeyHits.None : new KeyHits(verbs is null ? [] : [.. verbs], merged);
    }

    /// <summary>
    /// Whether <see cref="At"/> could find a predicate of <paramref name="frame"/> at a word with this key: its verb
    /// starts with the stem (or with all of it but a final т, see At). A cheap gate for a pass that wants one frame.
    /// </summary>
    public static bool MayBe(Frame frame, string key)
    {
        foreach (var stem in StemsOf(frame))
        {
            if (key.StartsWith(stem.AsSpan(0, stem.Length - 1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] StemsOf(Frame frame) => FrameStems.TryGetValue(frame, out var stems) ? stems : [];

    private static readonly Dictionary<Frame, string[]> FrameStems = All
        .GroupBy(p => p.Frame)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Stem).Distinct().ToArray());

    private static readonly char Teh = Lexicon.Key("т")[0];
    private static readonly char Seen = Lexicon.Key("с")[0];

    /// <summary>The noun of a multi-word predicate alone (кездесу, сапар): an event word, not an argument.</summary>
    public static bool IsPredicateNoun(string key) => Nouns.Contains(key);

    private static readonly HashSet<string> Nouns = new(All.SelectMany(p => p.Before).Concat(Lexicon.Keys("кездесу", "кездесуі", "сапары", "сапарымен", "сапармен")), StringComparer.Ordinal);
}
