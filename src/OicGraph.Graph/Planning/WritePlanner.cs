using OicGraph.Graph.Model;

namespace OicGraph.Graph.Planning;

/// <summary>
/// What a store read before deciding a write: only the part of the graph the write can touch (the stored entities the
/// patch names or the written documents mention, those documents' mentions, how often each such entity is mentioned in
/// other documents, and the facts the patch names or the written documents are evidence of).
/// </summary>
public sealed record StoredSlice(
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, IReadOnlyList<Mention>> MentionsByDocument,
    IReadOnlyDictionary<string, int> MentionsElsewhere,
    IReadOnlyDictionary<string, Relationship> Relationships);

/// <summary>Exactly what one patch or document deletion writes.</summary>
public sealed record WritePlan(
    IReadOnlyList<Entity> EntityUpserts,
    IReadOnlyList<string> EntityDeletes,
    IReadOnlyList<Relationship> RelationshipCreates,
    IReadOnlyList<Relationship> RelationshipUpdates,
    IReadOnlyList<string> RelationshipDeletes,
    IReadOnlyDictionary<string, IReadOnlyList<Mention>> MentionReplacements,
    GraphChange Change);

/// <summary>
/// The planning rules of every adapter, over what the store read, so both backends answer alike: a document
/// being written or deleted first loses its previous mentions and evidence, then the patch's are added, then whatever is
/// left with no source (an entity with no mention, a fact with no evidence, a fact touching a deleted entity) goes.
/// Facts of a deleted entity that the slice does not hold are the store's to add to the deletions.
/// </summary>
public static class WritePlanner
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Mention>> MentionsOf(GraphPatch patch) => patch.Documents.ToDictionary(
        d => d.Id,
        d => (IReadOnlyList<Mention>)[.. patch.Mentions.Where(m => m.DocumentId == d.Id).Distinct()
            .OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal)],
        StringComparer.Ordinal);

    public static WritePlan Plan(
        StoredSlice stored,
        IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relationship> relationships)
    {
        var (added, removed, mentionCounts) = CountMentions(stored, newMentions);

        var entityUpserts = new List<Entity>();
        var created = new List<string>();
        var updated = new List<string>();
        foreach (var entity in entities)
        {
            if (!stored.Entities.TryGetValue(entity.Id, out var existing))
            {
                entityUpserts.Add(entity);
                created.Add(entity.Id);
            }
            else if (GraphMerge.Entity(existing, entity) is var merged && !GraphMerge.Same(existing, merged))
            {
                entityUpserts.Add(merged);
                updated.Add(entity.Id);
            }
        }

        var entityDeletes = mentionCounts.Where(c => c.Value == 0 && stored.Entities.ContainsKey(c.Key))
            .Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var deletedEntities = entityDeletes.ToHashSet(StringComparer.Ordinal);

        var creates = new List<Relationship>();
        var updates = new List<Relationship>();
        var deletes = new SortedSet<string>(StringComparer.Ordinal);
        var incoming = relationships.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var documentIds = newMentions.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var id in stored.Relationships.Keys.Concat(incoming.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            stored.Relationships.TryGetValue(id, out var existing);
            // Most facts a new document states are known from other documents only: nothing to drop, so nothing to copy.
            var kept = existing is null || !existing.Evidence.Any(e => documentIds.Contains(e.DocumentId))
                ? existing
                : existing with { Evidence = [.. existing.Evidence.Where(e => !documentIds.Contains(e.DocumentId))] };
            var next = incoming.TryGetValue(id, out var patchRelationship)
                ? kept is null ? GraphMerge.Normalize(patchRelationship) : GraphMerge.Relationship(kept, patchRelationship)
                : kept!;
            if (next.Evidence.Count == 0 || deletedEntities.Contains(next.SourceId) || deletedEntities.Contains(next.TargetId))
            {
                if (existing is not null)
                {
                    deletes.Add(id);
                }
            }
            else if (existing is null)
            {
                creates.Add(next);
            }
            else if (!GraphMerge.Same(existing, next))
            {
                updates.Add(next);
            }
        }

        var change = new GraphChange(
            created, updated, entityDeletes, [.. creates.Select(r => r.Id)], [.. updates.Select(r => r.Id)], [.. deletes], added, removed);
        var replacements = newMentions
            .Where(pair => !(stored.MentionsByDocument.GetValueOrDefault(pair.Key) ?? []).ToHashSet().SetEquals(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new WritePlan(entityUpserts, entityDeletes, creates, updates, [.. deletes], replacements, change);
    }

    /// <summary>Mentions added and removed, and how many mentions each affected entity has afterwards.</summary>
    private static (int Added, int Removed, Dictionary<string, int> Counts) CountMentions(
        StoredSlice stored, IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions)
    {
        var added = 0;
        var removed = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (documentId, mentions) in newMentions)
        {
            var oldSet = (stored.MentionsByDocument.GetValueOrDefault(documentId) ?? []).ToHashSet();
            var newSet = mentions.ToHashSet();
            added += newSet.Count(m => !oldSet.Contains(m));
            removed += oldSet.Count(m => !newSet.Contains(m));
            foreach (var entityId in oldSet.Concat(mentions).Select(m => m.EntityId))
            {
                counts.TryAdd(entityId, 0);
            }
        }

        foreach (var entityId in counts.Keys.ToList())
        {
            counts[entityId] = stored.MentionsElsewhere.GetValueOrDefault(entityId)
                + newMentions.Values.Sum(list => list.Count(m => m.EntityId == entityId));
        }

        return (added, removed, counts);
    }
}
