using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The in-memory indexes every read is answered from. Mutated only by <see cref="Apply"/>, under the store's write lock,
/// after the same plan has been committed to disk.
/// </summary>
internal sealed partial class GraphState
{
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Relationship> Relationships { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Document> Documents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> DocumentIdsByHash { get; } = new(StringComparer.Ordinal);

    /// <summary>Each document's mentions in text order.</summary>
    public Dictionary<string, IReadOnlyList<Mention>> MentionsByDocument { get; } = new(StringComparer.Ordinal);

    /// <summary>Per entity, the documents that name it in id order, each with how many times: entity pages and counts without a scan.</summary>
    public Dictionary<string, EntityMentions> DocumentsByEntity { get; } = new(StringComparer.Ordinal);

    /// <summary>Every document id in order, so a page of the document list needs no sort.</summary>
    public SortedSet<string> DocumentIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Outgoing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Incoming { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> RelationshipsByEvidenceDocument { get; } = new(StringComparer.Ordinal);

    // One instance per entity id and mention text: a corpus names the same few thousand things in every document, and
    // each mention arrives with strings of its own (a substring of its text, an id per patch). Never shrinks; it is
    // bounded by the distinct names, not by the mentions. Used only by the writer (planning and loading).
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // Every entity's search keys in ordinal order (with the entity's id), kept by each write: the entities whose keys a
    // query key begins are one contiguous run, so a search reads those instead of testing every key of every entity.
    private readonly SortedSet<(string Key, string EntityId)> _searchKeys = new(SearchKeyOrder.Instance);

    // Every entity in id order: built by the first whole-graph read after a write that changed an entity, and dropped
    // by any such write, so a whole-graph export sorts nothing. Readers race to build it only under the read lock, where
    // the entities cannot move, so any of their equal arrays may stay.
    private Entity[]? _entitiesById;

    /// <summary>Bumped on every applied plan: the graph's version, which HTTP validators are derived from.</summary>
    public long Version { get; private set; }

    public int MentionCount { get; private set; }

    /// <summary>The entity's mentions by document id, then in text order.</summary>
    public IEnumerable<Mention> MentionsOf(string entityId) =>
        DocumentsByEntity.TryGetValue(entityId, out var documents)
            ? documents.ByDocument.Keys.SelectMany(d => MentionsByDocument[d]).Where(m => m.EntityId == entityId)
            : [];

    /// <summary>A page of <see cref="MentionsOf"/>, skipping whole documents by their counts rather than reading them.</summary>
    public IReadOnlyList<Mention> MentionsOf(string entityId, int offset, int limit)
    {
        var page = new List<Mention>(Math.Min(limit, 64));
        if (!DocumentsByEntity.TryGetValue(entityId, out var documents))
        {
            return page;
        }

        var skip = offset;
        foreach (var (documentId, count) in documents.ByDocument)
        {
            if (page.Count == limit)
            {
                break;
            }

            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            foreach (var mention in MentionsByDocument[documentId])
            {
                if (mention.EntityId != entityId)
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                }
                else if (page.Count < limit)
                {
                    page.Add(mention);
                }
            }
        }

        return page;
    }

    /// <summary>The mention with its entity id and text (and document id, given the stored one) as the shared instances.</summary>
    public Mention Share(Mention mention, string? documentId = null)
    {
        var entityId = Share(mention.EntityId);
        var text = Share(mention.Text);
        documentId ??= mention.DocumentId;
        return ReferenceEquals(entityId, mention.EntityId) && ReferenceEquals(text, mention.Text) && ReferenceEquals(documentId, mention.DocumentId)
            ? mention
            : mention with { DocumentId = documentId, EntityId = entityId, Text = text };
    }

    private string Share(string value)
    {
        if (_names.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _names[value] = value;
        return value;
    }

    public int MentionCountOf(string entityId) => DocumentsByEntity.TryGetValue(entityId, out var documents) ? documents.Total : 0;

    public int MentionCountOf(string entityId, string documentId) =>
        DocumentsByEntity.TryGetValue(entityId, out var documents) ? documents.ByDocument.GetValueOrDefault(documentId) : 0;

    public IEnumerable<string> RelationshipIdsOf(string entityId, Direction direction)
    {
        var outgoing = direction != Direction.Incoming && Outgoing.TryGetValue(entityId, out var o) ? o : [];
        var incoming = direction != Direction.Outgoing && Incoming.TryGetValue(entityId, out var i) ? i : [];
        return outgoing.Union(incoming);
    }

    /// <summary>Every entity, in id order (ordinal).</summary>
    public IReadOnlyList<Entity> EntitiesById()
    {
        if (_entitiesById is { } kept)
        {
            return kept;
        }

        var all = Entities.Values.ToArray();
        Array.Sort(all, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return _entitiesById = all;
    }

    /// <summary>The entities with a search key that one of <paramref name="prefixes"/> begins (ordinal), each once, in no particular order.</summary>
    public List<Entity> EntitiesWithKeyPrefix(IReadOnlyList<string> prefixes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Entity>();
        foreach (var prefix in prefixes)
        {
            // Every key that begins with the prefix sorts between the prefix itself and the prefix followed by U+FFFF.
            foreach (var (key, entityId) in _searchKeys.GetViewBetween((prefix, ""), (prefix + char.MaxValue, "")))
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal) && seen.Add(entityId))
                {
                    found.Add(Entities[entityId]);
                }
            }
        }

        return found;
    }

    public void Apply(StorePlan plan)
    {
        if (plan.EntityDeletes.Count > 0 || plan.EntityUpserts.Count > 0)
        {
            _entitiesById = null;
        }

        foreach (var id in plan.RelationshipDeletes)
        {
            RemoveRelationship(id);
        }

        foreach (var id in plan.EntityDeletes)
        {
            if (Entities.TryGetValue(id, out var removed))
            {
                Unindex(removed);
            }

            Entities.Remove(id);
            RemoveEntitySlot(id);
            Outgoing.Remove(id);
            Incoming.Remove(id);
        }

        foreach (var (documentId, mentions) in plan.MentionReplacements)
        {
            SetMentions(documentId, mentions);
        }

        foreach (var id in plan.DocumentDeletes)
        {
            if (Documents.Remove(id, out var removed))
            {
                DocumentIdsByHash.Remove(removed.ContentHash);
                DocumentIds.Remove(id);
            }
        }

        foreach (var document in plan.DocumentUpserts)
        {
            if (Documents.TryGetValue(document.Id, out var previous))
            {
                DocumentIdsByHash.Remove(previous.ContentHash);
            }

            Documents[document.Id] = document;
            DocumentIdsByHash[document.ContentHash] = document.Id;
            DocumentIds.Add(document.Id);
        }

        foreach (var entity in plan.EntityUpserts)
        {
            if (Entities.TryGetValue(entity.Id, out var previous))
            {
                Unindex(previous);
            }

            Entities[entity.Id] = entity;
            PlaceEntity(entity);
            foreach (var key in entity.SearchKeys)
            {
                _searchKeys.Add((key, entity.Id));
            }
        }

        foreach (var relationship in plan.RelationshipUpserts)
        {
            if (Relationships.TryGetValue(relationship.Id, out var old) && old.SourceId == relationship.SourceId && old.TargetId == relationship.TargetId)
            {
                // Same ends: only the written documents' evidence can differ, so only their index entries are revisited.
                Relationships[relationship.Id] = relationship;
                ForgetAdjacency(relationship);
                foreach (var documentId in plan.EvidenceDocuments)
                {
                    if (EvidenceRanges.Of(relationship.Evidence, documentId).Count > 0)
                    {
                        Index(RelationshipsByEvidenceDocument, documentId, relationship.Id);
                    }
                    else
                    {
                        Unindex(RelationshipsByEvidenceDocument, documentId, relationship.Id);
                    }
                }

                continue;
            }

            RemoveRelationship(relationship.Id);
            Relationships[relationship.Id] = relationship;
            ForgetAdjacency(relationship);
            Index(Outgoing, relationship.SourceId, relationship.Id);
            Index(Incoming, relationship.TargetId, relationship.Id);
            foreach (var evidence in relationship.Evidence)
            {
                Index(RelationshipsByEvidenceDocument, evidence.DocumentId, relationship.Id);
            }
        }

        Version++;
    }

    private void SetMentions(string documentId, IReadOnlyList<Mention> mentions)
    {
        if (MentionsByDocument.Remove(documentId, out var old))
        {
            MentionCount -= old.Count;
            foreach (var entityId in old.Select(m => m.EntityId).Distinct())
            {
                if (DocumentsByEntity.TryGetValue(entityId, out var documents) && documents.Remove(documentId))
                {
                    DocumentsByEntity.Remove(entityId);
                }
            }
        }

        if (mentions.Count == 0)
        {
            return;
        }

        MentionsByDocument[documentId] = mentions;
        MentionCount += mentions.Count;
        foreach (var mention in mentions)
        {
            if (!DocumentsByEntity.TryGetValue(mention.EntityId, out var documents))
            {
                DocumentsByEntity[mention.EntityId] = documents = new EntityMentions();
            }

            documents.Add(documentId);
        }
    }

    private void RemoveRelationship(string id)
    {
        if (!Relationships.Remove(id, out var old))
        {
            return;
        }

        ForgetAdjacency(old);
        Unindex(Outgoing, old.SourceId, id);
        Unindex(Incoming, old.TargetId, id);
        foreach (var evidence in old.Evidence)
        {
            Unindex(RelationshipsByEvidenceDocument, evidence.DocumentId, id);
        }
    }

    private void Unindex(Entity entity)
    {
        foreach (var key in entity.SearchKeys)
        {
            _searchKeys.Remove((key, entity.Id));
        }
    }

    private static void Index(Dictionary<string, HashSet<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }

    private static void Unindex(Dictionary<string, HashSet<string>> index, string key, string value)
    {
        if (index.TryGetValue(key, out var set) && set.Remove(value) && set.Count == 0)
        {
            index.Remove(key);
        }
    }
}

/// <summary>Where one entity is named: each document (in id order) with its count of mentions, and the total.</summary>
internal sealed class EntityMentions
{
    public SortedDictionary<string, int> ByDocument { get; } = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string documentId)
    {
        ByDocument[documentId] = ByDocument.GetValueOrDefault(documentId) + 1;
        Total++;
    }

    /// <summary>Forgets the document's mentions; true when the entity is then named nowhere.</summary>
    public bool Remove(string documentId)
    {
        if (ByDocument.Remove(documentId, out var count))
        {
            Total -= count;
        }

        return ByDocument.Count == 0;
    }
}

/// <summary>Search keys in ordinal order, then entity ids: the order prefix runs are read in.</summary>
internal sealed class SearchKeyOrder : IComparer<(string Key, string EntityId)>
{
    public static SearchKeyOrder Instance { get; } = new();

    public int Compare((string Key, string EntityId) x, (string Key, string EntityId) y) =>
        string.CompareOrdinal(x.Key, y.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(x.EntityId, y.EntityId);
}
