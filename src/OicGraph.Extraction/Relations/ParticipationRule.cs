using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// PARTICIPATED_IN: the subject of қатысты takes part in the event in the dative (саммитке қатысты), the subject of сөз
/// сөйледі / баяндама жасады / өнер көрсетті in the event in the locative (фестивальде өнер көрсетті); a relative
/// participle (форумға қатысқан X) with the noun after it; X-тың қатысуымен (with X taking part) the event it is said of;
/// a part of the event (форумның жұмысына, ашылу салтанатына, пленарлық отырысында) for the event.
/// </summary>
internal sealed class ParticipationRule : IRelationRule
{
    private static readonly EntityType[] Participants = [EntityType.Person, EntityType.Country, EntityType.Organization];
    private static readonly EntityType[] Places = [EntityType.City, EntityType.Country, EntityType.Region, EntityType.Place];

    public string Name => "PARTICIPATED_IN";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.NamesEvent)
        {
            return;
        }

        var grammar = facts.Grammar;
        foreach (var use in grammar.Predicates.Where(p => p.Frame == Frame.Participate && p.Form is { Shape: VerbShape.VerbalNoun, Inflected: true }))
        {
            // X пен Y-тың қатысуымен өткен форум: by X's and Y's taking part, so they took part in the event after it.
            if (CaseEndings.Of(grammar.Word(use.Verb).Key) != GrammaticalCase.Instrumental
                || grammar.ArgumentEndingAt(use.First - 1) is not { Case: GrammaticalCase.Genitive } by || !Participants.Contains(by.Entity.Type)
                || grammar.Arguments.FirstOrDefault(a => a.First > use.Verb && a.Type == EntityType.Event) is not { } held)
            {
                continue;
            }

            foreach (var who in grammar.WithList(by))
            {
                facts.Relate(use, RelationType.ParticipatedIn, who.Entity, held.Entity);
            }
        }

        foreach (var use in grammar.Predicates.Where(p => p.Frame is Frame.Participate or Frame.Perform && p.Form.Shape != VerbShape.VerbalNoun))
        {
            var @event = use.Frame == Frame.Participate
                ? grammar.NearestDative(use, EntityType.Event) ?? PartOfEvent(grammar, use, GrammaticalCase.Dative)
                : grammar.Before(use, GrammaticalCase.Locative, EntityType.Event) ?? PartOfEvent(grammar, use, GrammaticalCase.Locative);
            var participant = use.Relative ? grammar.HeadAfter(use, Participants) : grammar.Subject(use, Participants) ?? Members(grammar, use.First);
            if (@event is null || participant is null)
            {
                continue;
            }

            // ШЫҰ саммитіне Тоқаев, Путин және Си Цзиньпин қатысты: a subject listed with others after it.
            var participants = grammar.WithList(participant).Count > 1 || use.Relative ? grammar.WithList(participant) : grammar.WithListAfter(participant);
            foreach (var who in participants)
            {
                foreach (var what in grammar.WithList(@event))
                {
                    facts.Relate(use, RelationType.ParticipatedIn, who.Entity, what.Entity);
                }
            }

            // Тоқаев Ташкентте ШЫҰ саммитіне қатысты: taking part in a place, the event was held there (unless the
            // sentence already says where: Душанбеде өткен саммитке).
            if (use.Frame == Frame.Participate && grammar.Before(use, GrammaticalCase.Locative, Places) is { } place && place.First > participant.End
                && !ModifiesNext(grammar, place, use) && !facts.Context.Relations.Any(r => r.Type == RelationType.HeldIn && r.Source == @event.Entity))
            {
                facts.Relate(use, RelationType.HeldIn, @event.Entity, place.Entity);
            }
        }

        AtEvent(facts, grammar);
        Winners(facts, grammar);
        Prizes(facts, grammar);
    }

    // Димаш «Шабыт» фестивалінің бас жүлдесін жеңіп алды, фестивалінің бас жүлдесін Димаш жеңіп алды / иеленді: who won an
    // event's prize took part in it.
    private static void Prizes(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        foreach (var @event in grammar.Arguments.Where(a => a.Type == EntityType.Event && a.Case == GrammaticalCase.Genitive))
        {
            var noun = @event.End + 1 < sentence.EndWord && grammar.Word(@event.End + 1).Key == Main ? @event.End + 2 : @event.End + 1;
            if (noun >= sentence.EndWord || grammar.ArgumentAt(noun) is not null || !grammar.Word(noun).Key.StartsWith(Prize, StringComparison.Ordinal)
                || CaseEndings.Of(grammar.Word(noun).Key) != GrammaticalCase.Accusative)
            {
                continue;
            }

            var won = Enumerable.Range(noun + 1, Math.Max(0, Math.Min(sentence.EndWord, noun + 5) - noun - 1))
                .FirstOrDefault(k => Lexicon.StartsWithAny(grammar.Word(k).Key, Winning), -1);
            if (won < 0)
            {
                continue;
            }

            var winner = grammar.Arguments.FirstOrDefault(a => a.First > noun && a.End < won && IsBare(a))
                ?? grammar.Arguments.LastOrDefault(a => a.First >= grammar.ClauseStart(@event.First) && a.End < @event.First && IsBare(a));
            if (winner is not null && Modality.OfRest(facts.Context.Words, won, sentence.EndWord) is var assertion and (Assertion.Stated or Assertion.Planned))
            {
                facts.Relate(assertion, RelationType.ParticipatedIn, winner.Entity, @event.Entity);
            }
        }
    }

    private static bool IsBare(Argument a) => a.Entity.Type is EntityType.Person or EntityType.Country && a.Case == GrammaticalCase.Nominative && !a.Modifier;

    private static readonly string Main = Lexicon.Key("бас");
    private static readonly string Prize = Lexicon.Key("жүлде");
    private static readonly string[] Winning = Lexicon.Keys("жеңіп", "иелен", "еншіле");

    // Димаш «Славян базары» фестивалінің жеңімпазы атанды / фестивалінің жеңімпазы Димаш: the winner (prize-winner,
    // champion) of an event named in the genitive took part in it, said of the subject before the event with атанды /
    // болды after the noun, or of the name right after the noun.
    private static void Winners(SentenceFacts facts, SentenceGrammar grammar)
    {
        foreach (var @event in grammar.Arguments.Where(a => a.Type == EntityType.Event && a.Case == GrammaticalCase.Genitive))
        {
            var noun = @event.End + 1;
            if (noun >= grammar.Sentence.EndWord || grammar.ArgumentAt(noun) is not null || !Lexicon.StartsWithAny(grammar.Word(noun).Key, WinnerNouns)
                || CaseEndings.Of(grammar.Word(noun).Key) != GrammaticalCase.Nominative)
            {
                continue;
            }

            var winner = grammar.ArgumentStartingAt(noun + 1) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } named
                ? named
                : noun + 1 < grammar.Sentence.EndWord && Lexicon.StartsWithAny(grammar.Word(noun + 1).Key, Becoming)
                    ? grammar.Arguments.FirstOrDefault(a => a.First >= grammar.ClauseStart(@event.First) && a.End < @event.First
                        && a.Entity.Type is EntityType.Person or EntityType.Country && a.Case == GrammaticalCase.Nominative && !a.Modifier)
                    : null;
            if (winner is not null && Modality.OfRest(facts.Context.Words, noun + 1, grammar.Sentence.EndWord) is var assertion and (Assertion.Stated or Assertion.Planned))
            {
                facts.Relate(assertion, RelationType.ParticipatedIn, winner.Entity, @event.Entity);
            }
        }
    }

    private static readonly string[] WinnerNouns = Lexicon.Keys("жеңімпаз", "жүлдегер", "чемпион", "лауреат", "қатысушы");
    private static readonly string[] Becoming = Lexicon.Keys("атан", "болды", "болған", "болып");

    // Алматыда тұратын Димаш: a place in a participle's clause (the participle outside the lexicon) says where someone
    // lives or works, not where the event was.
    private static bool ModifiesNext(SentenceGrammar grammar, Argument place, PredicateUse use)
    {
        for (var k = place.End + 1; k < use.First; k++)
        {
            if (grammar.ArgumentAt(k) is null && grammar.Word(k).IsWord && Lexicon.EndsWithAny(grammar.Word(k).Key, VerbEndings.ParticipleTails))
            {
                return true;
            }
        }

        return false;
    }

    // Форумда Тоқаев ... ұсыныс айтты, Мәжіліс депутаттары Үкімет сағатында ... сұрақ қойды: the subject of the
    // sentence's final verb (outside the lexicon: Kazakh ends a sentence with its predicate) acting at an event in the
    // locative takes part in it. Only a finite verb stating it (not -майды, not "керек", "мүмкін"), and the event in the
    // main clause, not in a relative one before it (Астанада өткен форумда ... is still at the forum).
    private static void AtEvent(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        var verb = sentence.EndWord - 1;
        while (verb > sentence.FirstWord && !grammar.Word(verb).IsWord)
        {
            verb--;
        }

        var key = grammar.Word(verb).Key;
        if (grammar.ArgumentAt(verb) is not null || grammar.Predicates.Any(p => p.Verb == verb) || !Lexicon.EndsWithAny(key, FiniteEndings) || key.Length < 5
            || Modality.OfUnknownVerb(key) != Assertion.Stated || sentence.EndWord - verb > 2 && !grammar.Word(sentence.EndWord - 1).Is('.'))
        {
            return;
        }

        var assertion = Modality.OfRest(facts.Context.Words, verb, sentence.EndWord);
        var start = grammar.ClauseStart(verb);
        if (assertion != Assertion.Stated || grammar.Predicates.Any(p => p.First >= start && p.Verb < verb && !p.Relative && p.Form.Shape != VerbShape.Participle))
        {
            return;
        }

        var @event = grammar.Arguments.LastOrDefault(a => a.First >= start && a.End < verb && a.Type == EntityType.Event && a.Case == GrammaticalCase.Locative);
        var participant = grammar.Arguments.FirstOrDefault(a => a.First >= start && a.End < verb && a.Case == GrammaticalCase.Nominative && !a.Modifier)
            is { } nominative ? (Participants.Contains(nominative.Type) ? nominative : null) : Members(grammar, verb);
        if (@event is null || participant is null || participant.Entity == @event.Entity
            || participant.End + 1 < verb && Lexicon.IsAny(grammar.Word(participant.End + 1).Key, About))
        {
            return;
        }

        foreach (var who in grammar.WithList(participant))
        {
            facts.Relate(assertion, RelationType.ParticipatedIn, who.Entity, @event.Entity);
        }
    }

    // Форумда Тоқаев туралы айтылды: a name before "about" is what is spoken of, not who speaks.
    private static readonly string[] About = Lexicon.Keys("туралы", "жайлы", "жайында", "жөнінде", "хақында", "бойынша");

    private static readonly string[] FiniteEndings = [.. VerbEndings.ThirdPersonTails, .. VerbEndings.ProgressiveTails];

    // Мәжіліс депутаттары, ИЫҰ мүшелері, Қазақстан құрамасы: a body's or country's members (bare, the subject) act for it.
    private static Argument? Members(SentenceGrammar grammar, int before)
    {
        var start = grammar.ClauseStart(before);
        foreach (var a in grammar.Arguments)
        {
            if (a.First < start || a.End + 1 >= before || a.Type is not (EntityType.Organization or EntityType.Country)
                || a.Case is not (GrammaticalCase.Nominative or GrammaticalCase.Genitive) || grammar.ArgumentAt(a.End + 1) is not null)
            {
                continue;
            }

            if (Lexicon.IsAny(grammar.Word(a.End + 1).Key, MemberNouns))
            {
                return a;
            }
        }

        return null;
    }

    private static readonly string[] MemberNouns = Lexicon.Keys(
        "депутаттары", "мүшелері", "өкілдері", "делегациясы", "делегаттары", "сенаторлары", "мәжілісмендері", "құрамасы", "командасы", "спортшылары");

    private static readonly string[] EventParts = Lexicon.Keys("жұмыс", "ашылу", "салтанат", "отырыс", "пленарлық", "жабылу", "сессия", "шара", "рәсім");

    // Форумның жұмысына / ашылу салтанатына қатысты, форумның пленарлық отырысында сөз сөйледі: a part of the event in
    // the predicate's case, the event in the genitive right before it (one or two words, all free).
    private static Argument? PartOfEvent(SentenceGrammar grammar, PredicateUse use, GrammaticalCase @case)
    {
        var part = use.First - 1;
        if (part <= grammar.Sentence.FirstWord || grammar.ArgumentAt(part) is not null || CaseEndings.Of(grammar.Word(part).Key) != @case
            || !Lexicon.StartsWithAny(grammar.Word(part).Key, EventParts))
        {
            return null;
        }

        for (var k = part - 1; k >= part - 2 && k >= grammar.Sentence.FirstWord; k--)
        {
            if (grammar.ArgumentEndingAt(k) is { } owner)
            {
                return owner is { Type: EntityType.Event, Case: GrammaticalCase.Genitive } ? owner : null;
            }

            if (!grammar.Word(k).IsWord || grammar.ArgumentAt(k) is not null || !Lexicon.StartsWithAny(grammar.Word(k).Key, EventParts))
            {
                return null;
            }
        }

        return null;
    }
}
