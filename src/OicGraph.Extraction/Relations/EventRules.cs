using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// Where, when and by whom an event happened, from its predicate: the event (subject of өтті, өткізілді, басталды,
/// ашылды, or the noun a relative participle describes: Алматыда өткен форум) is HELD_IN the place in the locative and
/// OCCURRED_ON the date of its clause; "X өткізді / ұйымдастырды Y-ты" and "X-тың ұйымдастыруымен" make X its organiser.
/// A scheduled event (өтеді, басталады, өтетін) is <c>planned</c>; one that was only to be held states nothing.
/// </summary>
internal sealed class EventRule : IRelationRule
{
    private static readonly EntityType[] Places = [EntityType.City, EntityType.Country, EntityType.Region, EntityType.Place];
    private static readonly EntityType[] Organizers = [EntityType.Organization, EntityType.Country, EntityType.Person];

    public string Name => "EVENTS";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.NamesEvent)
        {
            return;
        }

        var grammar = facts.Grammar;
        NamedOrganizers(facts, grammar);
        foreach (var use in grammar.Predicates)
        {
            switch (use.Frame)
            {
                case Frame.TakePlace:
                    if ((use.Relative ? grammar.HeadAfter(use, EntityType.Event) : grammar.Subject(use, EntityType.Event) ?? NominativeRightBefore(grammar, use)) is { } @event)
                    {
                        Situate(facts, grammar, use, @event.Entity);
                    }

                    break;
                case Frame.Organize when use.Form is { Shape: VerbShape.VerbalNoun, Inflected: true }
                    && CaseEndings.Of(grammar.Word(use.Verb).Key) == GrammaticalCase.Instrumental:
                    // X-тың ұйымдастыруымен өтті: by X's organising.
                    if (grammar.ArgumentEndingAt(use.First - 1) is { Case: GrammaticalCase.Genitive } by && Organizers.Contains(by.Entity.Type))
                    {
                        foreach (var organized in grammar.Arguments.Where(a => a.Type == EntityType.Event))
                        {
                            facts.Relate(use, RelationType.OrganizedBy, organized.Entity, by.Entity);
                        }
                    }

                    break;
                case Frame.Organize when use.Form.Shape != VerbShape.VerbalNoun:
                    var held = use.Relative
                        ? grammar.HeadAfter(use, EntityType.Event)
                        : grammar.Before(use, GrammaticalCase.Accusative, EntityType.Event) ?? NominativeRightBefore(grammar, use);
                    if (held is null)
                    {
                        break;
                    }

                    // Форумды министрлік ұйымдастырды: the accusative marks the event, so the organiser may follow it.
                    if (grammar.Subject(use, Organizers) is { } organizer && (organizer.First < held.First || held.Case == GrammaticalCase.Accusative))
                    {
                        facts.Relate(use, RelationType.OrganizedBy, held.Entity, organizer.Entity);
                    }

                    Situate(facts, grammar, use, held.Entity);
                    Host(facts, grammar, use, held.Entity);
                    break;
                case Frame.Receive when !use.Relative && grammar.Before(use, GrammaticalCase.Accusative, EntityType.Event) is { } received:
                    // Алматы Универсиаданы қабылдайды: a city receiving an event hosts it.
                    Host(facts, grammar, use, received.Entity);
                    break;
            }
        }
    }

    // «Азия» форумының ұйымдастырушысы — Сыртқы істер министрлігі: the event's organiser named as such, after a dash or
    // before "болды" / "болып табылады".
    private static void NamedOrganizers(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        foreach (var @event in grammar.Arguments.Where(a => a.Type == EntityType.Event && a.Case == GrammaticalCase.Genitive))
        {
            var noun = @event.End + 1;
            if (noun + 1 >= sentence.EndWord || grammar.ArgumentAt(noun) is not null || !grammar.Word(noun).Key.StartsWith(Organizer, StringComparison.Ordinal)
                || !CaseEndings.IsPossessive(grammar.Word(noun).Key[Organizer.Length..]) || CaseEndings.Of(grammar.Word(noun).Key) != GrammaticalCase.Nominative)
            {
                continue;
            }

            var at = noun + 1 < sentence.EndWord && !grammar.Word(noun + 1).IsWord && grammar.Word(noun + 1).Text is "—" or "–" or "-" ? noun + 2 : noun + 1;
            if (grammar.ArgumentStartingAt(at) is { Case: GrammaticalCase.Nominative } by && Organizers.Contains(by.Entity.Type)
                && Modality.OfRest(facts.Context.Words, by.End + 1, sentence.EndWord) is var assertion and (Assertion.Stated or Assertion.Planned))
            {
                foreach (var who in grammar.WithListAfter(by))
                {
                    facts.Relate(assertion, RelationType.OrganizedBy, @event.Entity, who.Entity);
                }
            }
        }
    }

    private static readonly string Organizer = Reference.Lexicon.Key("ұйымдастырушы");

    // Түркістан облысы «Наурыз» фестивалін өткізді: a city or region that holds an event, as the subject, is where it
    // was (a country's holding it is its organising, above).
    private static void Host(SentenceFacts facts, SentenceGrammar grammar, PredicateUse use, EntityDraft @event)
    {
        if (grammar.Subject(use, EntityType.City, EntityType.Region) is { Case: GrammaticalCase.Nominative, Modifier: false } host)
        {
            facts.Relate(use, RelationType.HeldIn, @event, host.Entity);
        }
    }

    private static void Situate(SentenceFacts facts, SentenceGrammar grammar, PredicateUse use, EntityDraft @event)
    {
        if (grammar.Before(use, GrammaticalCase.Locative, Places) is { } place)
        {
            // Түркістан қаласы мен Шымкентте өтті: the places joined to the one in the locative share its case.
            foreach (var each in grammar.WithList(place).Where(p => Places.Contains(p.Entity.Type)))
            {
                facts.Relate(use, RelationType.HeldIn, @event, each.Entity);
            }
        }

        var start = grammar.ClauseStart(use.First);
        var date = grammar.Arguments.LastOrDefault(a => a.Entity.Type == EntityType.Date && a.First >= start && a.End < use.First && IsPointDate(a.Entity));
        if (date is not null)
        {
            facts.Relate(use, RelationType.OccurredOn, @event, date.Entity);
        }
    }

    // Семинар өтті / форум өткізді: an event named right before its verb, with no case of its own.
    private static Argument? NominativeRightBefore(SentenceGrammar grammar, PredicateUse use) =>
        grammar.ArgumentEndingAt(use.First - 1) is { Type: EntityType.Event, Case: GrammaticalCase.Nominative } a ? a : null;

    private static bool IsPointDate(EntityDraft date) =>
        date.Properties.TryGetValue("value", out var value) && value.Length >= 4 && !value.Contains('/');
}
