using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// VISITED: a person goes or comes to the place in the dative (Өзбекстанға барды, Астанаға келді, сапармен барды,
/// сапарын аяқтады), goes round it in the accusative (Шымкентті аралады), or is in the place in the locative (Украинада
/// болды, Мәскеуде сапармен жүр) — the place right before the verb (for a stay or a tour), so a copula
/// (елші болды) is not a stay. A relative participle (Астанаға келген X) visits with the noun it describes.
/// </summary>
internal sealed class VisitRule : IRelationRule
{
    private static readonly EntityType[] Places = [EntityType.Country, EntityType.City, EntityType.Region, EntityType.Place];
    private static readonly string[] Adverbs = Lexicon.Keys("ресми", "сапармен", "сапарымен", "іссапармен", "бүгін", "кеше", "жақында", "алғаш", "тағы", "да", "де", "та", "те", "осыған", "дейін", "бұған", "бірнеше", "рет", "мемлекеттік", "жұмыс", "достық", "екі", "үш", "күндік");

    public string Name => "VISITED";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Person))
        {
            return;
        }

        var grammar = facts.Grammar;
        foreach (var use in grammar.Predicates.Where(p => p.Frame is Frame.Go or Frame.Stay or Frame.Tour))
        {
            if (use.Form.Shape == VerbShape.VerbalNoun || (use.Form.Shape == VerbShape.Participle && use.Form.Inflected && use.Frame == Frame.Stay))
            {
                continue;
            }

            var place = use.Frame switch
            {
                Frame.Go => grammar.NearestDative(use, Places),
                Frame.Tour => grammar.Before(use, GrammaticalCase.Accusative, Places),
                _ => grammar.Before(use, GrammaticalCase.Locative, Places),
            };
            if (place is null || (use.Frame is Frame.Stay or Frame.Tour && !OnlyAdverbsBetween(grammar, place.End, use.First)))
            {
                continue;
            }

            var visitor = use.Relative ? grammar.HeadAfter(use, EntityType.Person) : grammar.Subject(use, EntityType.Person);
            if (visitor is null || visitor.First > place.First && !use.Relative)
            {
                continue;
            }

            // Тоқаев пен Мирзиёев Самарқандқа барды: each of a subject's list visits.
            foreach (var who in use.Relative ? [visitor] : grammar.WithListAfter(visitor))
            {
                foreach (var where in grammar.WithList(place))
                {
                    facts.Relate(use, RelationType.Visited, who.Entity, where.Entity);
                }
            }
        }

        VisitNouns(facts, grammar);
    }

    // Тоқаевтың Қытайға (ресми) сапары басталды, ... сапары барысында: the visit as a noun, its visitor the genitive
    // before it, its goal the dative between them; what the rest of the sentence says of it is what it asserts.
    private static void VisitNouns(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        for (var i = sentence.FirstWord + 2; i < sentence.EndWord; i++)
        {
            var key = grammar.Word(i).Key;
            var during = i + 1 < sentence.EndWord && Lexicon.IsAny(grammar.Word(i + 1).Key, During);
            if (!key.StartsWith(Visit, StringComparison.Ordinal) || grammar.ArgumentAt(i) is not null || !CaseEndings.IsInflection(key[Visit.Length..])
                || !(CaseEndings.IsPossessive(key[Visit.Length..]) || (during && key.Length == Visit.Length)))
            {
                continue;
            }

            var start = grammar.ClauseStart(i);
            var place = grammar.Arguments.LastOrDefault(a => a.End < i && a.First >= start && a.Case == GrammaticalCase.Dative && Places.Contains(a.Type));
            if (place is null || !OnlyAdverbsBetween(grammar, place.End, i))
            {
                continue;
            }

            var visitor = grammar.ArgumentEndingAt(place.First - 1);
            var assertion = grammar.Predicates.FirstOrDefault(p => p.First > i)?.Assertion ?? Modality.OfRest(facts.Context.Words, i + 1, sentence.EndWord);
            // Тоқаев Германияға сапар барысында / сапары аясында Меркельмен кездесті: a visit the clause's subject is on
            // while doing what the verb says; the visitor is that verb's subject, named before the place.
            var named = visitor is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Genitive };
            if (!named && during
                && grammar.Predicates.FirstOrDefault(p => p.First > i + 1 && !p.Relative) is { } main
                && grammar.Subject(main, EntityType.Person) is { } subject && subject.End < place.First)
            {
                (visitor, assertion, named) = (subject, main.Assertion, true);
            }

            if (named && visitor is not null)
            {
                foreach (var where in grammar.WithList(place))
                {
                    facts.Relate(assertion, RelationType.Visited, visitor.Entity, where.Entity);
                }
            }
        }
    }

    private static readonly string Visit = Lexicon.Key("сапар");
    private static readonly string[] During = Lexicon.Keys("барысында", "аясында", "кезінде", "шеңберінде");

    private static bool OnlyAdverbsBetween(SentenceGrammar grammar, int after, int before)
    {
        for (var k = after + 1; k < before; k++)
        {
            if (!Lexicon.IsAny(grammar.Word(k).Key, Adverbs))
            {
                return false;
            }
        }

        return true;
    }
}
