using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// What a clause finally asserts: the verb's own form, then the words after it (емес, жоқ, керек, тиіс, мүмкін,
/// жоспарлануда, күтілуде, the еді that makes өтетін "was to take place"), then the clause (егер "if", a question).
/// A converb or verbal noun says what the next verb of its sentence says.
/// </summary>
internal static class Modality
{
    private static readonly string[] Negators = Lexicon.Keys("емес", "жоқ");
    private static readonly string[] Modals = Lexicon.Keys("керек", "тиіс", "тиісті", "мүмкін", "қажет", "ықтимал", "ниет", "ниетті", "ниетте", "жоспарла", "көзде", "ұйғар", "шеш", "уәде", "келіс");
    // Nouns that start like a modal verb: келіссөз (talks) and келісім (an agreement) are not "келісті" (agreed to), шешім
    // (a decision) is not "шешті" (decided to).
    private static readonly string[] NotModals = Lexicon.Keys("келіссөз", "келісім", "шешім");
    private static readonly string[] Expected = Lexicon.Keys("күтіл");
    private static readonly string[] Conditionals = Lexicon.Keys("болса", "болмаса", "жағдайда", "жағдайында");
    private static readonly string Past = Lexicon.Key("еді");
    private static readonly string[] If = Lexicon.Keys("егер", "егерде");
    private static readonly string Say = Lexicon.Key("деп");

    private static bool IsModal(string key) => Lexicon.StartsWithAny(key, Modals) && !Lexicon.StartsWithAny(key, NotModals);

    /// <summary>What the words after a verb (up to the next punctuation, three at most) do to what it says.</summary>
    public static Assertion After(IReadOnlyList<Word> words, int verb, int end, VerbForm form, Assertion own)
    {
        var assertion = own;
        for (var k = verb + 1; k < end && k <= verb + 3 && words[k].IsWord; k++)
        {
            var key = words[k].Key;
            if (Lexicon.IsAny(key, Negators))
            {
                return Assertion.Negated;
            }

            if (IsModal(key) || Lexicon.IsAny(key, Conditionals))
            {
                return Assertion.Unreal;
            }

            if (Lexicon.StartsWithAny(key, Expected) && assertion == Assertion.Stated)
            {
                assertion = Assertion.Planned;
            }

            if (key == Past && form is { Shape: VerbShape.Participle, Tense: Tense.NonPast })
            {
                return Assertion.Unreal;
            }

            // A finite verb ends its clause; only a report of it (деп ...) goes on.
            if (form.Shape == VerbShape.Finite && key != Say)
            {
                break;
            }
        }

        return assertion;
    }

    /// <summary>Whether the clause ending at <paramref name="verb"/> is conditional (егер ...) or the sentence asks.</summary>
    public static bool Hypothetical(IReadOnlyList<Word> words, int clauseStart, int verb, int sentenceEnd)
    {
        for (var k = clauseStart; k < verb; k++)
        {
            if (Lexicon.IsAny(words[k].Key, If))
            {
                return true;
            }
        }

        for (var k = verb; k < sentenceEnd; k++)
        {
            if (words[k].Is('?') || words[k].Is('؟'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What the rest of a sentence from <paramref name="from"/> says of a noun that names an event (Тоқаевтың Қытайға
    /// сапары басталды / жоспарлануда / болған жоқ, ... кездесуі ... ықпал етуі мүмкін): Kazakh closes a sentence with
    /// its modality, so the first negator, modal or expectation word among its last three words, else what its last
    /// word says as a verb.
    /// </summary>
    public static Assertion OfRest(IReadOnlyList<Word> words, int from, int end)
    {
        var last = "";
        var tail = end;
        for (var seen = 0; tail > from && seen < 3; tail--)
        {
            seen += words[tail - 1].IsWord ? 1 : 0;
        }

        for (var k = tail; k < end; k++)
        {
            if (!words[k].IsWord)
            {
                continue;
            }

            var key = words[k].Key;
            if (Lexicon.IsAny(key, Negators))
            {
                return Assertion.Negated;
            }

            if (IsModal(key) || Lexicon.IsAny(key, Conditionals) || Lexicon.IsAny(key, If))
            {
                return Assertion.Unreal;
            }

            if (Lexicon.StartsWithAny(key, Expected))
            {
                return Assertion.Planned;
            }

            last = key;
        }

        return OfUnknownVerb(last);
    }

    /// <summary>How a later verb's assertion combines with a converb's or verbal noun's own.</summary>
    public static Assertion Inherit(Assertion own, Assertion next) => next switch
    {
        Assertion.Negated or Assertion.Unreal => next,
        Assertion.Planned when own == Assertion.Stated => Assertion.Planned,
        _ => own,
    };

    // A verb of the text outside the lexicon still says "not" (-мады, -майды, -маған) or "intends" (-мақшы).
    private static readonly string[] NegatedEndings = Lexicon.Keys(
        "мады", "меді", "бады", "беді", "пады", "педі", "майды", "мейді", "байды", "бейді", "пайды", "пейді",
        "маған", "меген", "баған", "беген", "паған", "пеген", "мастан", "местен");

    private static readonly string[] IntendingEndings = Lexicon.Keys("мақшы", "мекші", "бақшы", "бекші", "пақшы", "пекші", "мақшымыз", "мекшіміз");

    /// <summary>What a word read as a verb outside the lexicon asserts, from its ending alone.</summary>
    public static Assertion OfUnknownVerb(string key)
    {
        foreach (var ending in NegatedEndings)
        {
            if (key.Length > ending.Length + 1 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return Assertion.Negated;
            }
        }

        foreach (var ending in IntendingEndings)
        {
            if (key.Length > ending.Length + 1 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return Assertion.Unreal;
            }
        }

        return Assertion.Stated;
    }
}
