namespace OicGraph.Extraction.Linking;

/// <summary>Which entity draft each merged draft now is (a union-find over drafts, by reference).</summary>
internal sealed class EntityLinks
{
    private readonly Dictionary<EntityDraft, EntityDraft> _into = new(ReferenceEqualityComparer.Instance);
    private readonly List<(EntityDraft Source, EntityDraft Target)> _merges = [];

    public EntityDraft Root(EntityDraft entity)
    {
        while (_into.TryGetValue(entity, out var next))
        {
            entity = next;
        }

        return entity;
    }

    public bool IsRoot(EntityDraft entity) => !_into.ContainsKey(entity);

    public int Count => _merges.Count;

    /// <summary>Merges <paramref name="source"/> into <paramref name="target"/>; the source's names become aliases.</summary>
    public void Merge(EntityDraft source, EntityDraft target)
    {
        source = Root(source);
        target = Root(target);
        if (ReferenceEquals(source, target))
        {
            return;
        }

        _into[source] = target;
        _merges.Add((source, target));
    }

    /// <summary>Moves every merged draft's mentions (and its names, as aliases) to the draft it became.</summary>
    public void MoveMentions()
    {
        foreach (var (source, _) in _merges)
        {
            var target = Root(source);
            target.Mentions.AddRange(source.Mentions);
            source.Mentions.Clear();
            foreach (var name in new[] { source.NameCyrillic, source.NameArabic }.Concat(source.Aliases))
            {
                if (!string.IsNullOrWhiteSpace(name) && name != target.NameCyrillic && name != target.NameArabic && name != target.NameEn)
                {
                    target.Aliases.Add(name);
                }
            }
        }
    }
}
