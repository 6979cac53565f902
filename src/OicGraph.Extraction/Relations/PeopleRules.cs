using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// A post and who holds it: the person named right after it (or just before, in apposition), or the interviewee when
/// the sentence speaks in the first person ("мен ... тағайындалдым"). A post followed by "лауазымына" (to the post of)
/// is the object of a nomination, not its holder's title. Heads of a department HEAD it; other posts are HOLDS_POSITION
/// at the post's organisation, with the date the sentence gives for an appointment or election.
/// </summary>
internal sealed class PositionRule : IRelationRule
{
    private static readonly string Post = Lexicon.Key("лауазым");
    private static readonly string[] Appointed = Lexicon.Keys("тағайындал", "сайлан", "таныл");

    public string Name => "HoldsPosition";

    public void Apply(SentenceFacts facts)
    {
        var words = facts.Context.Words;
        foreach (var post in facts.Posts.Where(p => p.PostId is not ("president" or "prime-minister")))
        {
            var asObject = post.Last + 1 < facts.Sentence.EndWord && words[post.Last + 1].Key.StartsWith(Post, StringComparison.Ordinal);
            var holder = (asObject ? null : Named(facts, post)) ?? (facts.FirstPerson ? facts.Document.Interviewee : null);
            if (holder is null)
            {
                continue;
            }

            var appointed = facts.FirstPerson && facts.Has(Appointed);
            if (post.PostId == "department-head")
            {
                var department = facts.Mentions.LastOrDefault(m => m.Last < post.First && IsDepartment(m.Entity))?.Entity
                    ?? Recent(facts, IsDepartment);
                if (department is not null)
                {
                    facts.Relate(RelationType.Heads, holder, department, ("since", appointed ? DateNear(facts) : null));
                }

                continue;
            }

            var organization = facts.Organizations().FirstOrDefault(o => o.Id == facts.Context.Resources.OrganizationOfPost(post.PostId));
            if (organization is not null)
            {
                facts.Relate(RelationType.HoldsPosition, holder, organization, ("role", Role(facts, holder, organization, post.NameEn)), ("since", appointed ? facts.PointDate?.Properties["value"] : null));
            }
        }
    }

    // Тілеуберді ИЫҰ Бас хатшысымен кездесті: a post in a case of its own (-мен, -ға, -ны) is an unnamed person's, met
    // or addressed, and neither name beside it is his.
    private static EntityDraft? Named(SentenceFacts facts, PostMention post) =>
        Relations.Grammar.CaseEndings.Of(facts.Context.Words[post.Last].Key) is not (Relations.Grammar.GrammaticalCase.Nominative or Relations.Grammar.GrammaticalCase.Genitive)
            ? null
            : facts.Mentions.FirstOrDefault(m => m.Entity.Type == EntityType.Person && m.First > post.Last && m.First - post.Last <= 14)?.Entity
                ?? facts.Mentions.LastOrDefault(m => m.Entity.Type == EntityType.Person && m.Last < post.First && (post.First - m.Last <= 2 || Apposed(facts, m, post)))?.Entity;

    // Юсеф әл-Усаймин, ИЫҰ Бас хатшысы, ...: the name, a comma, the post's organisation and the post.
    private static bool Apposed(SentenceFacts facts, MentionDraft person, PostMention post)
    {
        var words = facts.Context.Words;
        var comma = person.Last + 1;
        return comma + 1 < post.First && (words[comma].Is(',') || words[comma].Is('،'))
            && facts.Context.OwnerOf(comma + 1) is { Entity.Type: EntityType.Organization } owner && owner.First == comma + 1 && owner.Last == post.First - 1;
    }

    private static bool IsDepartment(EntityDraft entity) => entity.Type == EntityType.Organization && entity.NameEn.Contains("Department", StringComparison.Ordinal);

    // "Assistant Secretary General" after the document has said "... for Science and Technology" of the same person.
    private static string Role(SentenceFacts facts, EntityDraft holder, EntityDraft organization, string role) =>
        facts.Context.Relations
            .Where(r => r.Type == RelationType.HoldsPosition && ReferenceEquals(r.Source, holder) && ReferenceEquals(r.Target, organization))
            .Select(r => r.Properties.GetValueOrDefault("role"))
            .FirstOrDefault(r => r is not null && r.StartsWith(role + " ", StringComparison.Ordinal)) ?? role;

    private static EntityDraft? Recent(SentenceFacts facts, Func<EntityDraft, bool> predicate)
    {
        for (var s = facts.Index - 1; s >= Math.Max(0, facts.Index - 2); s--)
        {
            var sentence = facts.Context.Sentences[s];
            var found = Steps.EventContext.MentionsIn(facts.Context, sentence).LastOrDefault(m => predicate(m.Entity));
            if (found is not null)
            {
                return found.Entity;
            }
        }

        return null;
    }

    // The date of an appointment told over a few sentences: this sentence's, else the last of the two before.
    public static string? DateNear(SentenceFacts facts) =>
        facts.PointDate?.Properties["value"] ?? Recent(facts, e => e.Type == EntityType.Date && e.Properties["value"].Length >= 4 && char.IsAsciiDigit(e.Properties["value"][0]))?.Properties["value"];
}

/// <summary>"مەن ق ر سىرتقى ىستەر مينيسترلىگىندە 1987 -جىلدان بەرى قىزمەت ىستەپ كەلەمىن": the speaker worked for it since.</summary>
internal sealed class WorkedForRule : IRelationRule
{
    private static readonly string[] Working = Lexicon.Keys("істеп");
    private static readonly string[] Job = Lexicon.Keys("қызмет", "жұмыс");

    public string Name => "WorkedFor";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Document.Interviewee is not { } speaker || !facts.Names(EntityType.Organization) || !facts.Has(Working) || !facts.Has(Job) || !facts.FirstPerson)
        {
            return;
        }

        foreach (var organization in facts.OfType(EntityType.Organization))
        {
            facts.Relate(RelationType.WorkedFor, speaker, organization.Entity, ("since", facts.PointDate?.Properties["value"]));
        }
    }
}

/// <summary>The speaker elected ("сайлау", "сайландым", "танылдым") at the event the same sentence names.</summary>
internal sealed class ElectedAtRule : IRelationRule
{
    private static readonly string[] Elected = Lexicon.Keys("сайлау", "сайлан", "таныл");

    public string Name => "ElectedAt";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Document.Interviewee is not { } speaker || !facts.Names(EntityType.Event) || !facts.Has(Elected) || !facts.FirstPerson)
        {
            return;
        }

        foreach (var @event in facts.OfType(EntityType.Event))
        {
            facts.Relate(RelationType.ElectedAt, speaker, @event.Entity);
        }
    }
}

/// <summary>The byline "اڭگىمەلەسكەن / ولجاس بەركىنبايەۆ": the journalist interviewed the interviewee.</summary>
internal sealed class InterviewRule : IRelationRule
{
    private static readonly string[] Interviewed = Lexicon.Keys("әңгімелескен", "сұхбаттасқан", "сұхбатты жүргізген");

    public string Name => "Interviewed";

    public void Apply(SentenceFacts facts)
    {
        if (facts.Document.Interviewee is not { } interviewee || facts.Sentence.EndWord - facts.Sentence.FirstWord > 4 || !facts.Has(Interviewed))
        {
            return;
        }

        var next = facts.Index + 1 < facts.Context.Sentences.Count ? facts.Context.Sentences[facts.Index + 1] : null;
        var journalist = (facts.OfType(EntityType.Person) is [var first, ..] ? first : null)
            ?? (next is null ? null : Steps.EventContext.MentionsIn(facts.Context, next).FirstOrDefault(m => m.Entity.Type == EntityType.Person));
        if (journalist is not null && facts.Relate(RelationType.Interviewed, journalist.Entity, interviewee) is { } relation)
        {
            relation.Sentences.Add(facts.Context.SentenceOf(journalist));
        }
    }
}
