using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// Works out what a patch or a document deletion changes, against the current state, without touching it.
/// A document being written or deleted first loses its previous mentions and evidence; then the patch's are added;
/// then whatever is left with no source (an entity with no mention, a fact with no evidence) goes.
/// </summary>
internal static class PatchPlanner
{
    public static StorePlan PlanApply(GraphState state, GraphPatch patch)
    {
        var documentIds = patch.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var newMentions = patch.Documents.ToDictionary(
            d => d.Id,
            d => (IReadOnlyList<Mention>)[.. patch.Mentions.Where(m => m.DocumentId == d.Id).Distinct().OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal)],
            StringComparer.Ordinal);
        var documentUpserts = patch.Documents.Where(d => !state.Documents.TryGetValue(d.Id, out var old) || old != d).ToList();
        return Plan(state, documentIds, newMentions, patch.Entities, patch.Relationships, documentUpserts, []);
    }

    public static StorePlan? PlanDelete(GraphState state, string documentId)
    {
        if (!state.Documents.ContainsKey(documentId))
        {
            return null;
        }

        var documentIds = new HashSet<string>(StringComparer.Ordinal) { documentId };
        var noMentions = new Dictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal) { [documentId] = [] };
        return Plan(state, documentIds, noMentions, [], [], [], [documentId]);
    }

    private static StorePlan Plan(
        GraphState state,
        HashSet<string> documentIds,
        Dictionary<string, IReadOnlyList<Mention>> newMentions,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relationship> relationships,
        IReadOnlyList<Document> documentUpserts,
        IReadOnlyList<string> documentDeletes)
    {
        var (added, removed, mentionCounts) = CountMentions(state, newMentions);

        var entityUpserts = new List<Entity>();
        var created = new List<string>();
        var updated = new List<string>();
        foreach (var entity in entities)
        {
            if (!state.Entities.TryGetValue(entity.Id, out var existing))
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

        var entityDeletes = mentionCounts.Where(c => c.Value == 0 && state.Entities.ContainsKey(c.Key)).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var deletedEntities = entityDeletes.ToHashSet(StringComparer.Ordinal);

        var relationshipUpserts = new List<Relationship>();
        var relationshipsCreated = new List<string>();
        var relationshipsUpdated = new List<string>();
        var relationshipDeletes = new SortedSet<string>(StringComparer.Ordinal);
        var incoming = relationships.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var touched = documentIds
            .SelectMany(d => state.RelationshipsByEvidenceDocument.GetValueOrDefault(d) ?? [])
            .Concat(incoming.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var id in touched)
        {
            state.Relationships.TryGetValue(id, out var existing);
            var kept = existing is null ? null : existing with { Evidence = [.. existing.Evidence.Where(e => !documentIds.Contains(e.DocumentId))] };
            var next = incoming.TryGetValue(id, out var patchRelationship)
                ? kept is null ? GraphMerge.Normalize(patchRelationship) : GraphMerge.Relationship(kept, patchRelationship)
                : kept!;
            if (next.Evidence.Count == 0 || deletedEntities.Contains(next.SourceId) || deletedEntities.Contains(next.TargetId))
            {
                if (existing is not null)
                {
                    relationshipDeletes.Add(id);
                }
            }
            else if (existing is null)
            {
                relationshipUpserts.Add(next);
                relationshipsCreated.Add(id);
            }
            else if (!GraphMerge.Same(existing, next))
            {
                relationshipUpserts.Add(next);
                relationshipsUpdated.Add(id);
            }
        }

        foreach (var entityId in entityDeletes)
        {
            foreach (var id in state.RelationshipIdsOf(entityId, Direction.Both))
            {
                relationshipDeletes.Add(id);
            }
        }

        var change = new GraphChange(created, updated, entityDeletes, relationshipsCreated, relationshipsUpdated, [.. relationshipDeletes], added, removed);
        return new StorePlan(documentUpserts, documentDeletes, entityUpserts, entityDeletes, relationshipUpserts, [.. relationshipDeletes], newMentions, change);
    }

    /// <summary>Mentions added and removed, and how many mentions each affected entity has afterwards.</summary>
    private static (int Added, int Removed, Dictionary<string, int> Counts) CountMentions(GraphState state, Dictionary<string, IReadOnlyList<Mention>> newMentions)
    {
        var added = 0;
        var removed = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (documentId, mentions) in newMentions)
        {
            var old = state.MentionsByDocument.GetValueOrDefault(documentId) ?? [];
            var oldSet = old.ToHashSet();
            var newSet = mentions.ToHashSet();
            added += newSet.Count(m => !oldSet.Contains(m));
            removed += oldSet.Count(m => !newSet.Contains(m));
            foreach (var entityId in old.Concat(mentions).Select(m => m.EntityId).Distinct(StringComparer.Ordinal))
            {
                counts.TryAdd(entityId, 0);
            }
        }

        foreach (var entityId in counts.Keys.ToList())
        {
            var elsewhere = (state.DocumentsByEntity.GetValueOrDefault(entityId) ?? [])
                .Where(d => !newMentions.ContainsKey(d))
                .Sum(d => state.MentionsByDocument[d].Count(m => m.EntityId == entityId));
            counts[entityId] = elsewhere + newMentions.Values.Sum(list => list.Count(m => m.EntityId == entityId));
        }

        return (added, removed, counts);
    }
}
