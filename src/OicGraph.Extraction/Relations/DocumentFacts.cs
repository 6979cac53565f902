using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// What holds for the whole document: who is interviewed (X-пен сұхбаттасу), the organisation it is about (the most
/// named one, or the only one, which bare "ұйым" refers to), and the reference facts about the entities it names.
/// </summary>
internal sealed class DocumentFacts
{
    private static readonly string Interview = Lexicon.Key("сұхбат");
    private static readonly string[] Instrumental = ["مەن", "پەن", "بەن"];

    public EntityDraft? Interviewee { get; private set; }

    public EntityDraft? MainOrganization { get; private set; }

    /// <summary>The words a post cue starts at (a cue that ends within a sentence ends within the document).</summary>
    public required PostCueStarts PostCues { get; init; }

    /// <summary>Each entity's Arabic name as a match key (last word), read once per document for case endings.</summary>
    public Dictionary<EntityDraft, string> NameKeys { get; } = [];

    private readonly Dictionary<RelationDraft, bool> _stated = [];

    /// <summary>Records how a sentence asserted a relation: one that any sentence states as done is not planned.</summary>
    public void Asserted(RelationDraft relation, Assertion assertion) =>
        _stated[relation] = _stated.GetValueOrDefault(relation) || assertion == Assertion.Stated;

    /// <summary>Marks <c>planned: true</c> on the relations only ever asserted as scheduled.</summary>
    public void MarkPlanned()
    {
        foreach (var (relation, stated) in _stated)
        {
            if (!stated)
            {
                relation.Properties["planned"] = "true";
            }
        }
    }

    public static DocumentFacts Of(ExtractionContext context, PostCueStarts postCues)
    {
        var facts = new DocumentFacts { PostCues = postCues };
        // Loops, not LINQ: this runs once per document, and sorting every person mention to find the first interviewee
        // cost more than the rest of it. The earliest (then first listed) person before "сұхбат"; the organisation named
        // most often (the first listed of a tie) when named twice, or the only one.
        var words = context.Words;
        MentionDraft? interviewee = null;
        foreach (var mention in context.Mentions)
        {
            if (mention.Entity.Type == EntityType.Person && (interviewee is null || mention.First < interviewee.First)
                && mention.Last + 1 < words.Count && Lexicon.EndsWithAny(mention.Suffix, Instrumental)
                && words[mention.Last + 1].Key.StartsWith(Interview, StringComparison.Ordinal))
            {
                interviewee = mention;
            }
        }

        facts.Interviewee = interviewee?.Entity;
        var organizations = 0;
        foreach (var entity in context.Entities.Values)
        {
            organizations += entity.Type == EntityType.Organization && entity.Mentions.Count > 0 ? 1 : 0;
        }

        foreach (var entity in context.Entities.Values)
        {
            if (entity.Type == EntityType.Organization && entity.Mentions.Count > 0 && (entity.Mentions.Count >= 2 || organizations == 1)
                && (facts.MainOrganization is null || entity.Mentions.Count > facts.MainOrganization.Mentions.Count))
            {
                facts.MainOrganization = entity;
            }
        }

        return facts;
    }
}
