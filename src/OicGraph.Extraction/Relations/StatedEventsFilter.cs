using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// The entity steps tie an event to the place and date of its sentence as they recognise it; what the sentence's verb
/// says of the event decides whether that is a fact. A sentence whose every event verb (өтті, өткізілді, басталды, ...)
/// denies, wishes or supposes the event (өтпеді, өтуі керек болған, өтсе) is no evidence; one that only schedules it
/// (өтеді) leaves the fact <c>planned</c>. A relation left with no evidence is dropped.
/// </summary>
internal static class StatedEventsFilter
{
    private static readonly RelationType[] EventFacts = [RelationType.HeldIn, RelationType.OccurredOn, RelationType.OrganizedBy];

    public static void Apply(ExtractionContext context, DocumentFacts document)
    {
        var grammars = new Dictionary<int, SentenceGrammar>();
        foreach (var relation in context.Relations.Where(r => EventFacts.Contains(r.Type)).ToList())
        {
            foreach (var sentence in relation.Sentences.ToList())
            {
                if (!grammars.TryGetValue(sentence, out var grammar))
                {
                    grammar = new SentenceFacts(context, context.Sentences[sentence], document).Grammar;
                    grammars[sentence] = grammar;
                }

                var verbs = grammar.Predicates.Where(p => p.Frame is Frame.TakePlace or Frame.Organize).ToList();
                if ((verbs.Count > 0 && Oblique(grammar, relation.Source, verbs)) || (relation.Type == RelationType.HeldIn && PlaceOfAnother(grammar, relation)))
                {
                    relation.Sentences.Remove(sentence);
                }
                else if (verbs.Count == 0)
                {
                    document.Asserted(relation, Assertion.Stated);
                }
                else if (verbs.Any(v => v.Asserts))
                {
                    document.Asserted(relation, verbs.Any(v => v.Assertion == Assertion.Stated) ? Assertion.Stated : Assertion.Planned);
                }
                else
                {
                    relation.Sentences.Remove(sentence);
                }
            }

            if (relation.Sentences.Count == 0)
            {
                context.Relations.Remove(relation);
            }
        }
    }

    // Кеңесінің отырысында қаралған мәселе — Арыстағы апат: a place in "-дағы" belongs to the noun after it (the
    // disaster), not to an event elsewhere in the sentence.
    private static bool PlaceOfAnother(SentenceGrammar grammar, RelationDraft relation)
    {
        var places = grammar.Arguments.Where(a => a.Entity == relation.Target).ToList();
        return places.Count > 0 && places.All(p => p.Case == GrammaticalCase.LocativeAttributive
            && !(grammar.ArgumentStartingAt(p.End + 1) is { } next && next.Entity == relation.Source));
    }

    // Тәуелсіздік күні мерекесіне орай ... балабақша ашылды: an event in the dative, ablative or instrumental is a
    // complement (on the occasion of, after, with), not what the sentence's verb says took place, unless a relative
    // participle describes it (Алматыда өткен форумға).
    private static bool Oblique(SentenceGrammar grammar, EntityDraft @event, List<PredicateUse> verbs)
    {
        var arguments = grammar.Arguments.Where(a => a.Entity == @event).ToList();
        return arguments.Count > 0
            && arguments.All(a => a.Case is GrammaticalCase.Dative or GrammaticalCase.Ablative or GrammaticalCase.Instrumental)
            && !verbs.Any(v => v.Relative && grammar.HeadAfter(v, EntityType.Event)?.Entity == @event);
    }
}
