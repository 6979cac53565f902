using OicGraph.Graph.Model;
using OicGraph.Graph.Planning;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// Works out what a patch or a document deletion changes, without touching the state: reads the slice of the graph the
/// write can touch and hands it to the shared <see cref="WritePlanner"/>, the rules the Neo4j adapter plans with too.
/// </summary>
internal static class PatchPlanner
{
    public static StorePlan PlanApply(GraphState state, GraphPatch patch)
    {
        var documentUpserts = patch.Documents.Where(d => !state.Documents.TryGetValue(d.Id, out var old) || old != d).ToList();
        var mentions = WritePlanner.MentionsOf(patch).ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<Mention>)[.. pair.Value.Select(m => state.Share(m))],
            StringComparer.Ordinal);
        return Plan(state, mentions, patch.Entities, patch.Relationships, documentUpserts, []);
    }

    public static StorePlan? PlanDelete(GraphState state, string documentId)
    {
        if (!state.Documents.ContainsKey(documentId))
        {
            return null;
        }

        var noMentions = new Dictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal) { [documentId] = [] };
        return Plan(state, noMentions, [], [], [], [documentId]);
    }

    private static StorePlan Plan(
        GraphState state,
        IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relationship> relationships,
        IReadOnlyList<Document> documentUpserts,
        IReadOnlyList<string> documentDeletes)
    {
        var plan = WritePlanner.Plan(Slice(state, newMentions, entities, relationships), newMentions, entities, relationships);

        // Facts touching a deleted entity go with it, whether or not the slice held them.
        var relationshipDeletes = new SortedSet<string>(plan.RelationshipDeletes, StringComparer.Ordinal);
        foreach (var entityId in plan.EntityDeletes)
        {
            relationshipDeletes.UnionWith(state.RelationshipIdsOf(entityId, Direction.Both));
        }

        return new StorePlan(
            documentUpserts,
            documentDeletes,
            plan.EntityUpserts,
            plan.EntityDeletes,
            [.. plan.RelationshipCreates, .. plan.RelationshipUpdates],
            [.. relationshipDeletes],
            plan.MentionReplacements,
            plan.Change with { RelationshipsDeleted = [.. relationshipDeletes] },
            [.. newMentions.Keys]);
    }

    private static StoredSlice Slice(
        GraphState state,
        IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relationship> relationships)
    {
        var oldMentions = newMentions.Keys
            .Where(state.MentionsByDocument.ContainsKey)
            .ToDictionary(d => d, d => state.MentionsByDocument[d], StringComparer.Ordinal);
        var mentioned = oldMentions.Values.Concat(newMentions.Values).SelectMany(m => m).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        var storedEntities = entities.Select(e => e.Id).Concat(mentioned)
            .Where(state.Entities.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => state.Entities[id], StringComparer.Ordinal);
        var elsewhere = mentioned.ToDictionary(
            id => id,
            id => state.MentionCountOf(id) - newMentions.Keys.Sum(d => state.MentionCountOf(id, d)),
            StringComparer.Ordinal);
        var storedRelationships = newMentions.Keys
            .SelectMany(d => state.RelationshipsByEvidenceDocument.GetValueOrDefault(d) ?? [])
            .Concat(relationships.Select(r => r.Id).Where(state.Relationships.ContainsKey))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => state.Relationships[id], StringComparer.Ordinal);
        return new StoredSlice(storedEntities, oldMentions, elsewhere, storedRelationships);
    }
}
