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

    public static DocumentFacts Of(ExtractionContext context)
    {
        var facts = new DocumentFacts();
        var words = context.Words;
        foreach (var mention in context.Mentions.Where(m => m.Entity.Type == EntityType.Person).OrderBy(m => m.First))
        {
            if (mention.Last + 1 < words.Count && Instrumental.Any(s => mention.Suffix.EndsWith(s, StringComparison.Ordinal))
                && words[mention.Last + 1].Key.StartsWith(Interview, StringComparison.Ordinal))
            {
                facts.Interviewee = mention.Entity;
                break;
            }
        }

        var organizations = context.Entities.Values.Where(e => e.Type == EntityType.Organization && e.Mentions.Count > 0).ToList();
        facts.MainOrganization = organizations
            .Where(e => e.Mentions.Count >= 2 || organizations.Count == 1)
            .OrderByDescending(e => e.Mentions.Count)
            .FirstOrDefault();
        return facts;
    }
}
