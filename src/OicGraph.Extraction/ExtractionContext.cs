using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction;

/// <summary>
/// The working state of one <see cref="IEntityExtractor.Extract"/> call. Steps add to it in order; it is never shared
/// between calls, so it can be mutable without locks.
/// </summary>
internal sealed class ExtractionContext(ExtractionInput input, ExtractionResources resources, CancellationToken cancellationToken)
{
    private MentionDraft?[] _owner = [];

    public ExtractionInput Input { get; } = input;

    public ExtractionResources Resources { get; } = resources;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public NormalizedText Normalized { get; set; } = null!;

    public IReadOnlyList<Word> Words { get; private set; } = [];

    public IReadOnlyList<SentenceSpan> Sentences { get; set; } = [];

    public string? DocumentDate { get; set; }

    /// <summary>The words of the crawl metadata line, if any: not article text, so no rule reads them.</summary>
    public (int First, int Last)? Metadata { get; set; }

    public Dictionary<string, EntityDraft> Entities { get; } = new(StringComparer.Ordinal);

    public List<MentionDraft> Mentions { get; } = [];

    public List<PostMention> Posts { get; } = [];

    /// <summary>Titles standing for a person (ەلباسى): rules read them as that person; they are not name mentions.</summary>
    public List<MentionDraft> Titles { get; } = [];

    public List<RelationDraft> Relations { get; } = [];

    /// <summary>Entities a sentence refers to without naming them (اتالعان سامميت, ۇيىمعا): used by relation rules only.</summary>
    public List<(int Sentence, int Word, EntityDraft Entity)> References { get; } = [];

    public void SetWords(IReadOnlyList<Word> words)
    {
        Words = words;
        _owner = new MentionDraft?[words.Count];
    }

    public MentionDraft? OwnerOf(int word) => _owner[word];

    public bool IsFree(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (_owner[i] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records a mention unless one of its words is already claimed by an earlier (more reliable) step.</summary>
    public MentionDraft? AddMention(int first, int last, EntityDraft entity, string suffix = "")
    {
        if (!IsFree(first, last))
        {
            return null;
        }

        var mention = new MentionDraft(first, last, entity, suffix);
        for (var i = first; i <= last; i++)
        {
            _owner[i] = mention;
        }

        Mentions.Add(mention);
        entity.Mentions.Add(mention);
        return mention;
    }

    public void RemoveMention(MentionDraft mention)
    {
        Mentions.Remove(mention);
        mention.Entity.Mentions.Remove(mention);
        for (var i = mention.First; i <= mention.Last; i++)
        {
            if (ReferenceEquals(_owner[i], mention))
            {
                _owner[i] = null;
            }
        }
    }

    public EntityDraft Entity(string id, EntityType type, string nameEn)
    {
        if (!Entities.TryGetValue(id, out var entity))
        {
            entity = new EntityDraft(id, type, nameEn);
            Entities[id] = entity;
        }

        return entity;
    }

    /// <summary>
    /// Adds a relationship or merges it into the same (source, type, target) read earlier in this document: the properties
    /// unite, and a value that disagrees with an earlier one starts a separate relationship.
    /// </summary>
    public RelationDraft? Relate(RelationType type, EntityDraft source, EntityDraft target, int sentence, params (string Key, string? Value)[] properties)
    {
        if (ReferenceEquals(source, target))
        {
            return null;
        }

        var props = properties.Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        var existing = Relations.FirstOrDefault(r => r.Type == type && ReferenceEquals(r.Source, source) && ReferenceEquals(r.Target, target)
            && props.All(p => !r.Properties.TryGetValue(p.Key, out var v) || v == p.Value));
        var relation = existing ?? new RelationDraft(type, source, target);
        if (existing is null)
        {
            Relations.Add(relation);
        }

        foreach (var (key, value) in props)
        {
            relation.Properties[key] = value!;
        }

        relation.Sentences.Add(sentence);
        return relation;
    }

    public IEnumerable<MentionDraft> MentionsIn(int sentence) =>
        Mentions.Where(m => Words[m.First].Sentence == sentence).OrderBy(m => m.First);

    public int SentenceOf(MentionDraft mention) => Words[mention.First].Sentence;
}
