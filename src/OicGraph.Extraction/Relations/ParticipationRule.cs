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
            var participant = use.Relative ? grammar.HeadAfter(use, Participants) : grammar.Subject(use, Participants);
            if (@event is null || participant is null)
            {
                continue;
            }

            foreach (var who in grammar.WithList(participant))
            {
                foreach (var what in grammar.WithList(@event))
                {
                    facts.Relate(use, RelationType.ParticipatedIn, who.Entity, what.Entity);
                }
            }
        }
    }

    private static readonly string[] EventParts = Reference.Lexicon.Keys("жұмыс", "ашылу", "салтанат", "отырыс", "пленарлық", "жабылу", "сессия", "шара", "рәсім");

    // Форумның жұмысына / ашылу салтанатына қатысты, форумның пленарлық отырысында сөз сөйледі: a part of the event in
    // the predicate's case, the event in the genitive right before it (one or two words, all free).
    private static Argument? PartOfEvent(SentenceGrammar grammar, PredicateUse use, GrammaticalCase @case)
    {
        var part = use.First - 1;
        if (part <= grammar.Sentence.FirstWord || grammar.ArgumentAt(part) is not null || CaseEndings.Of(grammar.Word(part).Key) != @case
            || !Reference.Lexicon.StartsWithAny(grammar.Word(part).Key, EventParts))
        {
            return null;
        }

        for (var k = part - 1; k >= part - 2 && k >= grammar.Sentence.FirstWord; k--)
        {
            if (grammar.ArgumentEndingAt(k) is { } owner)
            {
                return owner is { Type: EntityType.Event, Case: GrammaticalCase.Genitive } ? owner : null;
            }

            if (!grammar.Word(k).IsWord || grammar.ArgumentAt(k) is not null || !Reference.Lexicon.StartsWithAny(grammar.Word(k).Key, EventParts))
            {
                return null;
            }
        }

        return null;
    }
}
