using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// SIGNED: the subject of "қол қойды" signs the document in the dative (келісімге қол қойды), each of a coordinated pair
/// of subjects too (X пен Y ... қол қойды). PROPOSED: the subject of ұсынды / бастама көтерді proposes the initiative
/// named as its object (in the accusative, or bare right before the verb).
/// </summary>
internal sealed class DocumentRule : IRelationRule
{
    private static readonly EntityType[] Parties = [EntityType.Person, EntityType.Country, EntityType.Organization];

    public string Name => "SIGNED";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Initiative))
        {
            return;
        }

        var grammar = facts.Grammar;
        Initiatives(facts, grammar);
        foreach (var use in grammar.Predicates.Where(p => p.Frame is Frame.Sign or Frame.Propose && p.Form.Shape != VerbShape.VerbalNoun))
        {
            // Тоқаев ұсынған «Үлкен Еуразия» бастамасы: a proposal's participle describes the initiative after it, its
            // proposer named right before it.
            if (use.Frame == Frame.Propose && use.Relative)
            {
                if (grammar.HeadAfter(use, EntityType.Initiative) is { } proposal
                    && grammar.ArgumentEndingAt(use.First - 1) is { Case: GrammaticalCase.Nominative or GrammaticalCase.Genitive, Modifier: false } proposer
                    && Parties.Contains(proposer.Entity.Type))
                {
                    facts.Relate(use, RelationType.Proposed, proposer.Entity, proposal.Entity);
                }

                continue;
            }

            var document = use.Frame == Frame.Sign
                ? grammar.NearestDative(use, EntityType.Initiative)
                : grammar.Before(use, GrammaticalCase.Accusative, EntityType.Initiative)
                    ?? (grammar.ArgumentEndingAt(use.First - 1) is { Entity.Type: EntityType.Initiative, Case: GrammaticalCase.Nominative } bare ? bare : null);
            var subject = use.Relative ? grammar.HeadAfter(use, Parties) : grammar.Subject(use, Parties);
            // «Үшжақты диалог» бастамасын Назарбаев көтерді: the accusative marks the object, so the subject may follow it.
            if (document is null || subject is null || (!use.Relative && subject.First > document.First && document.Case != GrammaticalCase.Accusative))
            {
                continue;
            }

            // ... туралы келісімге және ... туралы меморандумға қол қойды: each document of a list is signed.
            var documents = use.Frame == Frame.Sign ? grammar.WithList(document) : [document];
            foreach (var party in Coordinated(grammar, subject))
            {
                foreach (var signed in documents)
                {
                    facts.Relate(use, use.Frame == Frame.Sign ? RelationType.Signed : RelationType.Proposed, party.Entity, signed.Entity);
                }
            }
        }
    }

    // Назарбаевтың «Үшжақты диалог» бастамасы: whose initiative it is.
    private static void Initiatives(SentenceFacts facts, SentenceGrammar grammar)
    {
        foreach (var initiative in grammar.Arguments.Where(a => a.Entity.Type == EntityType.Initiative))
        {
            if (grammar.Word(initiative.End).Key.StartsWith(Initiative, StringComparison.Ordinal)
                && grammar.ArgumentBefore(initiative.First) is { Case: GrammaticalCase.Genitive } owner && Parties.Contains(owner.Entity.Type))
            {
                facts.Relate(RelationType.Proposed, owner.Entity, initiative.Entity);
            }
        }
    }

    private static readonly string Initiative = Reference.Lexicon.Key("бастама");

    // Қазақстан мен Өзбекстан: the subject and the names coordinated with it by мен/пен/бен/және; a person's title before
    // the name is the name's (Тоқаев пен Өзбекстан Президенті Шавкат Мирзиёев: the second party is the president).
    private static List<Argument> Coordinated(SentenceGrammar grammar, Argument subject)
    {
        var parties = new List<Argument> { subject };
        var k = subject.End + 1;
        while (k + 1 < grammar.Sentence.EndWord && SentenceGrammar.IsConjunction(grammar.Word(k))
            && (subject.Type == EntityType.Person ? grammar.TitledPersonAt(k + 1) : null) is var titled
            && (titled ?? grammar.ArgumentStartingAt(k + 1)) is { Case: GrammaticalCase.Nominative, Modifier: false } next && Parties.Contains(next.Entity.Type))
        {
            parties.Add(next);
            k = next.End + 1;
        }

        return parties;
    }
}
