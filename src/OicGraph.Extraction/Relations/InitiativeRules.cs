using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// Who proposed an initiative or event: "X ... ұсынды" with X a person or country in the nominative; "X-тың ... саммит
/// өткізу бастамасы" (X's initiative to hold ...); "аталған бастама ... X-қа тиесілі" (belongs to X) for the
/// initiative of the sentences just before.
/// </summary>
internal sealed class ProposedRule : IRelationRule
{
    private static readonly string[] Proposed = Lexicon.Keys("ұсынды");
    private static readonly string[] Initiative = Lexicon.Keys("бастама");
    private static readonly string[] Belongs = Lexicon.Keys("тиесілі");

    public string Name => "Proposed";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Person) && !facts.Names(EntityType.Country))
        {
            return;
        }

        var targets = facts.OfType(EntityType.Initiative, EntityType.Event).ToList();
        var initiativeWord = facts.WordAt(Initiative);
        if (facts.Has(Proposed))
        {
            var subject = facts.Mentions.FirstOrDefault(m => m.Entity.Type is EntityType.Person or EntityType.Country && m.Suffix.Length == 0);
            foreach (var target in targets.Where(t => subject is not null && t.First > subject.Last))
            {
                facts.Relate(RelationType.Proposed, subject!.Entity, target.Entity);
            }
        }

        if (initiativeWord >= 0)
        {
            var owner = facts.Mentions.FirstOrDefault(m => m.Entity.Type == EntityType.Person && SentenceFacts.IsGenitive(m) && m.Last < initiativeWord);
            foreach (var target in targets.Where(t => owner is not null && t.First > owner.Last && t.Last < initiativeWord))
            {
                facts.Relate(RelationType.Proposed, owner!.Entity, target.Entity);
            }
        }

        if (facts.Has(Belongs) && initiativeWord >= 0 && facts.OfType(EntityType.Person) is [.., var person] && facts.Index > 0)
        {
            var previous = facts.Context.Sentences[facts.Index - 1];
            var earlier = Steps.EventContext.MentionsIn(facts.Context, previous).LastOrDefault(m => m.Entity.Type == EntityType.Initiative);
            if (earlier is not null && facts.Relate(RelationType.Proposed, person.Entity, earlier.Entity) is { } relation)
            {
                relation.Sentences.Add(previous.Index);
            }
        }
    }
}

/// <summary>"يسلام ىنتىماقتاستىعى ۇيىمىنىڭ ۇيىمداستىرۋىمەن": the events of the sentence were organised by it.</summary>
internal sealed class OrganizedByRule : IRelationRule
{
    private static readonly string Organizing = Lexicon.Key("ұйымдастыру");

    public string Name => "OrganizedBy";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Event))
        {
            return;
        }

        var words = facts.Context.Words;
        foreach (var organizer in facts.OfType(EntityType.Organization).Where(m => m.Last + 1 < facts.Sentence.EndWord
            && words[m.Last + 1].Key.StartsWith(Organizing, StringComparison.Ordinal)))
        {
            foreach (var @event in facts.OfType(EntityType.Event))
            {
                facts.Relate(RelationType.OrganizedBy, @event.Entity, organizer.Entity);
            }
        }
    }
}

/// <summary>"«يسلام كونفەرەنسياسى ۇيىمىن» قۇرۋ تۋرالى شەشىم قابىلداندى": founded at the meeting just told of.</summary>
internal sealed class FoundedAtRule : IRelationRule
{
    private static readonly string[] Create = Lexicon.Keys("құру");
    private static readonly string[] Decision = Lexicon.Keys("шешім");

    public string Name => "FoundedAt";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Has(Create) || !facts.Has(Decision))
        {
            return;
        }

        for (var s = facts.Index; s >= Math.Max(0, facts.Index - 2); s--)
        {
            var sentence = facts.Context.Sentences[s];
            var @event = Steps.EventContext.MentionsIn(facts.Context, sentence).LastOrDefault(m => m.Entity.Type == EntityType.Event);
            if (@event is null)
            {
                continue;
            }

            foreach (var organization in facts.OfType(EntityType.Organization))
            {
                facts.Relate(RelationType.FoundedAt, organization.Entity, @event.Entity)?.Sentences.Add(s);
            }

            return;
        }
    }
}

/// <summary>"ۇيىم اياسىندا ءوزىنىڭ جۇمىس ءتىلى بار ... يىۇ- دا ... اراب ءتىلى": the organisation's working languages.</summary>
internal sealed class WorkingLanguageRule : IRelationRule
{
    private static readonly string Work = Lexicon.Key("жұмыс");
    private static readonly string Language = Lexicon.Key("тілі");

    public string Name => "WorkingLanguage";

    public void Apply(SentenceFacts facts)
    {
        var languages = facts.OfType(EntityType.Language).ToList();
        if (languages.Count == 0)
        {
            return;
        }

        var previous = facts.Index > 0 ? new SentenceFacts(facts.Context, facts.Context.Sentences[facts.Index - 1], facts.Document) : null;
        if (!Mentions(facts) && previous is not null && !Mentions(previous))
        {
            return;
        }

        var organization = facts.Organizations().FirstOrDefault() ?? previous?.Organizations().FirstOrDefault();
        if (organization is null)
        {
            return;
        }

        foreach (var language in languages)
        {
            var relation = facts.Relate(RelationType.WorkingLanguage, organization, language.Entity);
            if (relation is not null && previous is not null && Mentions(previous))
            {
                relation.Sentences.Add(previous.Index);
            }
        }
    }

    private static bool Mentions(SentenceFacts facts)
    {
        var words = facts.Context.Words;
        for (var i = facts.Sentence.FirstWord; i + 1 < facts.Sentence.EndWord; i++)
        {
            if (words[i].Key == Work && words[i + 1].Key == Language)
            {
                return true;
            }
        }

        return false;
    }
}
