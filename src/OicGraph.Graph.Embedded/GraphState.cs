using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The in-memory indexes every read is answered from. Mutated only by <see cref="Apply"/>, under the store's write lock,
/// after the same plan has been committed to disk.
/// </summary>
internal sealed class GraphState
{
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Relationship> Relationships { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Document> Documents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> DocumentIdsByHash { get; } = new(StringComparer.Ordinal);

    /// <summary>Each document's mentions in text order.</summary>
    public Dictionary<string, IReadOnlyList<Mention>> MentionsByDocument { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> DocumentsByEntity { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Outgoing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Incoming { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> RelationshipsByEvidenceDocument { get; } = new(StringComparer.Ordinal);

    /// <summary>Bumped on every applied plan: the graph's version, which HTTP validators are derived from.</summary>
    public long Version { get; private set; }

    public int MentionCount { get; private set; }

    public IEnumerable<Mention> MentionsOf(string entityId) =>
        DocumentsByEntity.TryGetValue(entityId, out var documents)
            ? documents.Order(StringComparer.Ordinal).SelectMany(d => MentionsByDocument[d]).Where(m => m.EntityId == entityId)
            : [];

    public IEnumerable<string> RelationshipIdsOf(string entityId, Direction direction)
    {
        var outgoing = direction != Direction.Incoming && Outgoing.TryGetValue(entityId, out var o) ? o : [];
        var incoming = direction != Direction.Outgoing && Incoming.TryGetValue(entityId, out var i) ? i : [];
        return outgoing.Union(incoming);
    }

    public void Apply(StorePlan plan)
    {
        foreach (var id in plan.RelationshipDeletes)
        {
            RemoveRelationship(id);
        }

        foreach (var id in plan.EntityDeletes)
        {
            Entities.Remove(id);
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
        }

        foreach (var entity in plan.EntityUpserts)
        {
            Entities[entity.Id] = entity;
        }

        foreach (var relationship in plan.RelationshipUpserts)
        {
            RemoveRelationship(relationship.Id);
            Relationships[relationship.Id] = relationship;
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
                Unindex(DocumentsByEntity, entityId, documentId);
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
            Index(DocumentsByEntity, mention.EntityId, documentId);
        }
    }

    private void RemoveRelationship(string id)
    {
        if (!Relationships.Remove(id, out var old))
        {
            return;
        }

        Unindex(Outgoing, old.SourceId, id);
        Unindex(Incoming, old.TargetId, id);
        foreach (var evidence in old.Evidence)
        {
            Unindex(RelationshipsByEvidenceDocument, evidence.DocumentId, id);
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
