using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// WORKS_FOR: a person works or serves at the organisation in the locative (зауытында жұмыс істеді, министрлікте қызмет
/// атқарады). MEMBER_OF: a person or a country becomes a member of the organisation in the dative (партияға мүше болды,
/// Қазақстан 1992 жылы БҰҰ-ға мүше болды; a country that only "қосылды" may have joined a treaty, so not that alone).
/// LEADER_OF: a person leads the organisation in the accusative (ұйымды басқарады) or the one named after a relative
/// participle (Андрей Бабиш бастаған Чехия үкіметі).
/// </summary>
internal sealed class WorkRule : IRelationRule
{
    public string Name => "WORKS_FOR";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Person) && !facts.Names(EntityType.Country)
            || !facts.Names(EntityType.Organization) && !facts.Names(EntityType.Country) && !facts.Names(EntityType.Region) && !facts.Names(EntityType.City))
        {
            return;
        }

        var grammar = facts.Grammar;
        foreach (var use in grammar.Predicates.Where(p => p.Form.Shape != VerbShape.VerbalNoun))
        {
            switch (use.Frame)
            {
                case Frame.Work when grammar.Before(use, GrammaticalCase.Locative, EntityType.Organization) is { } employer
                    && grammar.Subject(use, EntityType.Person) is { } worker && worker.First < employer.First:
                    facts.Relate(use, RelationType.WorksFor, worker.Entity, employer.Entity);
                    break;
                case Frame.Join when grammar.Before(use, GrammaticalCase.Dative, EntityType.Organization) is { } body
                    && grammar.Subject(use, EntityType.Person, EntityType.Country) is { } member && member.First < body.First
                    && (member.Type == EntityType.Person || use.Predicate.Before.Length > 0):
                    facts.Relate(use, RelationType.MemberOf, member.Entity, body.Entity, ("since", facts.PointDate?.Properties["value"][..4]));
                    break;
                case Frame.Lead:
                    Lead(facts, grammar, use);
                    break;
            }
        }
    }

    private static readonly string[] Groups = Reference.Lexicon.Keys("делегация", "құрама", "команда", "топ", "экипаж", "ұжым", "өкілдер", "сапар");

    // X бастаған Қазақстан делегациясы: X leads the delegation (or team, group) the name modifies, not the country.
    private static bool LedGroupOf(SentenceGrammar grammar, Argument led) =>
        led.Modifier && led.End + 1 < grammar.Sentence.EndWord && Reference.Lexicon.StartsWithAny(grammar.Word(led.End + 1).Key, Groups);

    private static void Lead(SentenceFacts facts, SentenceGrammar grammar, PredicateUse use)
    {
        // бастаған is "led" only as a participle before the thing led; бастады is "began".
        var bastau = use.Predicate.Stem == Reference.Lexicon.Key("баста");
        if (use.Relative && grammar.HeadAfter(use, EntityType.Organization, EntityType.Country) is { } led && !LedGroupOf(grammar, led)
            && grammar.ArgumentEndingAt(use.First - 1) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } leader)
        {
            facts.Relate(use, RelationType.LeaderOf, leader.Entity, led.Entity, ("role", "Head"));
        }
        // Тоқаев Қазақстанды басқарады, облысты Қасымбек басқарады: a country, region or town led is its head's as a body is.
        else if (!bastau && !use.Relative
            && grammar.Before(use, GrammaticalCase.Accusative, EntityType.Organization, EntityType.Country, EntityType.Region, EntityType.City) is { } body
            && grammar.Subject(use, EntityType.Person) is { } head)
        {
            // басқарады, басқарып келеді: the present of leading is a state, not a scheduled event.
            var assertion = use.Assertion == Assertion.Planned ? Assertion.Stated : use.Assertion;
            facts.Relate(assertion, RelationType.LeaderOf, head.Entity, body.Entity, ("role", "Head"));
        }
    }
}
