using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// Reads the ending a verb stem carries (as a match key) as a <see cref="VerbForm"/>, or says it is no verb ending, so a
/// short stem (өт, бар) never matches a noun built on it (өтініш, барлық). Negation (-ма/-ме/-ба/-бе/-па/-пе) sits before
/// the tense; -мақ/-мек is the scheduled future, -мақшы the intention; -са/-се the conditional.
/// </summary>
internal static class VerbEndings
{
    private static readonly string[] Negation = Lexicon.Keys("ма", "ме", "ба", "бе", "па", "пе");
    private static readonly string[] Intention = Lexicon.Keys("мақ", "мек", "бақ", "бек", "пақ", "пек");
    private static readonly string[] IntentionPersonal = Lexicon.Keys("шы", "ші");
    private static readonly string[] Conditional = Lexicon.Keys("са", "се");
    private static readonly string[] PastFinite = Lexicon.Keys("ды", "ді", "ты", "ті", "дым", "дім", "тым", "тім", "дық", "дік", "тық", "тік", "дың", "тың", "дыңыз", "тыңыз", "ыпты", "іпті", "пты", "пті");
    private static readonly string[] NonPastFinite = Lexicon.Keys("ады", "еді", "йды", "йді", "амын", "емін", "аймын", "еймін", "амыз", "еміз", "аймыз", "еміз");
    private static readonly string[] IntentionCopula = Lexicon.Keys("пыз", "піз", "сыз", "сіз", "пын", "пін");
    private static readonly string[] NegatedNonPast = Lexicon.Keys("йды", "йді", "ймын", "ймін", "с");
    private static readonly string NegatedConverb = Lexicon.Key("й");
    private static readonly string[] Progressive = Lexicon.Keys("уда", "уде");
    private static readonly string[] PastParticiple = Lexicon.Keys("ған", "ген", "қан", "кен");
    private static readonly string[] NonPastParticiple = Lexicon.Keys("атын", "етін", "йтын", "йтін");
    private static readonly string[] Converb = Lexicon.Keys("ып", "іп", "п");
    private static readonly string VerbalNoun = Lexicon.Key("у");

    // What may follow a participle or verbal noun: case and possessive endings (барғанын, өткізуге, кездесуі).
    private static readonly string NominalLetters = Lexicon.Key("ыінндтсмбпғгқкаеңлр");

    // The last letters that mark a word as a verb form whatever its stem, for rules that tell a verb from a name or a
    // noun with no stem to match (a name after a post, a body's modifiers, an unknown final verb): the forms above as
    // they end a word, the third person only.

    /// <summary>Past and non-past of the third person (келді, қалыпты, өтеді, келмейді).</summary>
    public static readonly string[] ThirdPersonTails = Lexicon.Keys("ды", "ді", "ты", "ті", "ыпты", "іпті", "ады", "еді", "йды", "йді");

    /// <summary>The ongoing tense (өтуде).</summary>
    public static readonly string[] ProgressiveTails = Progressive;

    /// <summary>Past and non-past participles (өткен, өтетін).</summary>
    public static readonly string[] ParticipleTails = [.. PastParticiple, .. NonPastParticiple];

    /// <summary>The converb after a consonant (барып, келіп); -п alone ends too many nouns.</summary>
    public static readonly string[] ConverbTails = Lexicon.Keys("ып", "іп");

    /// <summary>The conditional (өтсе).</summary>
    public static readonly string[] ConditionalTails = Conditional;

    /// <summary>The scheduled future after a vowel (бармақ, келмек); -бақ/-бек would take surnames (Нұрбек).</summary>
    public static readonly string[] ScheduledTails = Lexicon.Keys("мақ", "мек");

    /// <summary>The negated converb (келіспей, бармай).</summary>
    public static readonly string[] NegatedConverbTails = [.. Negation.Select(n => n + NegatedConverb)];

    public static VerbForm? Of(string ending)
    {
        if (ending.Length == 0)
        {
            return null;
        }

        foreach (var negation in Negation)
        {
            if (ending.StartsWith(negation, StringComparison.Ordinal) && !StartsWithAny(ending, Intention)
                && Affirmative(ending[negation.Length..], afterNegation: true) is { } negated)
            {
                return negated with { Assertion = Assertion.Negated };
            }
        }

        return Affirmative(ending, afterNegation: false);
    }

    private static VerbForm? Affirmative(string ending, bool afterNegation)
    {
        if (Tail(ending, Intention) is { } afterIntention)
        {
            return afterIntention.Length == 0 || IsAny(afterIntention, IntentionCopula)
                ? new VerbForm(VerbShape.Finite, Tense.NonPast, Assertion.Planned)
                : StartsWithAny(afterIntention, IntentionPersonal) ? new VerbForm(VerbShape.Finite, Tense.NonPast, Assertion.Unreal) : null;
        }

        if (StartsWithAny(ending, Conditional) && ending.Length <= 4)
        {
            return new VerbForm(VerbShape.Finite, Tense.NonPast, Assertion.Unreal);
        }

        if (IsAny(ending, PastFinite))
        {
            return new VerbForm(VerbShape.Finite, Tense.Past, Assertion.Stated);
        }

        // After a negation the non-past is -майды: the й starts the ending.
        if (IsAny(ending, NonPastFinite) || (afterNegation && IsAny(ending, NegatedNonPast)))
        {
            return new VerbForm(VerbShape.Finite, Tense.NonPast, Assertion.Stated);
        }

        if (IsAny(ending, Progressive))
        {
            return new VerbForm(VerbShape.Finite, Tense.Ongoing, Assertion.Stated);
        }

        if (Tail(ending, NonPastParticiple) is { } futureTail && Nominal(futureTail))
        {
            return new VerbForm(VerbShape.Participle, Tense.NonPast, Assertion.Stated, futureTail.Length > 0);
        }

        if (Tail(ending, PastParticiple) is { } pastTail && Nominal(pastTail))
        {
            return new VerbForm(VerbShape.Participle, Tense.Past, Assertion.Stated, pastTail.Length > 0);
        }

        if ((afterNegation && ending == NegatedConverb) || IsAny(ending, Converb))
        {
            return new VerbForm(VerbShape.Converb, Tense.Past, Assertion.Stated);
        }

        if (ending.StartsWith(VerbalNoun, StringComparison.Ordinal) && Nominal(ending[VerbalNoun.Length..]))
        {
            return new VerbForm(VerbShape.VerbalNoun, Tense.NonPast, Assertion.Stated, ending.Length > VerbalNoun.Length);
        }

        return null;
    }

    private static bool Nominal(string tail) => tail.Length <= 6 && tail.All(c => NominalLetters.Contains(c));

    private static string? Tail(string ending, string[] heads)
    {
        foreach (var head in heads)
        {
            if (ending.StartsWith(head, StringComparison.Ordinal))
            {
                return ending[head.Length..];
            }
        }

        return null;
    }

    private static bool StartsWithAny(string ending, string[] heads) => Tail(ending, heads) is not null;

    private static bool IsAny(string ending, string[] endings) => Array.IndexOf(endings, ending) >= 0;
}
