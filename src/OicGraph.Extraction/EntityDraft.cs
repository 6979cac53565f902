using OicGraph.Graph.Model;

namespace OicGraph.Extraction;

/// <summary>An entity being built during one extraction: names in every script, properties, and where it is named.</summary>
internal sealed class EntityDraft(string id, EntityType type, string nameEn)
{
    /// <summary>Settable for the one renaming after linking: a new person's id follows its final English name.</summary>
    public string Id { get; set; } = id;

    public EntityType Type { get; } = type;

    public string NameEn { get; set; } = nameEn;

    public string? NameCyrillic { get; set; }

    public string? NameLatin { get; set; }

    public string? NameArabic { get; set; }

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public List<MentionDraft> Mentions { get; } = [];
}

/// <summary>Words <c>[First, Last]</c> (inclusive) naming <see cref="Entity"/>; <see cref="Suffix"/> is the key's stripped ending.</summary>
internal sealed record MentionDraft(int First, int Last, EntityDraft Entity, string Suffix = "");

/// <summary>A post (Secretary General, ...) named at words <c>[First, Last]</c>: the role of a relation, never an entity.</summary>
internal sealed record PostMention(int First, int Last, string PostId, string NameEn, int Sentence);

/// <summary>A relationship being built; evidence is the set of sentences it was read from.</summary>
internal sealed class RelationDraft(RelationType type, EntityDraft source, EntityDraft target)
{
    public RelationType Type { get; } = type;

    public EntityDraft Source { get; } = source;

    public EntityDraft Target { get; } = target;

    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public SortedSet<int> Sentences { get; } = [];
}
