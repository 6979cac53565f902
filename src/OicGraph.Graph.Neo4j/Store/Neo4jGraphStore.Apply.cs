using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

internal sealed partial class Neo4jGraphStore
{
    public Task<GraphChange> ApplyAsync(GraphPatch patch, CancellationToken cancellationToken = default)
    {
        // Refuse before opening a transaction: an unknown relationship type could never be written.
        foreach (var relationship in patch.Relationships)
        {
            RelationshipTypes.Checked(relationship.Type);
        }

        if (patch.Documents.Count + patch.Entities.Count + patch.Relationships.Count + patch.Mentions.Count == 0)
        {
            return Task.FromResult(GraphChange.None);
        }

        return WriteAsync(transaction => ApplyAsync(transaction, patch, cancellationToken), cancellationToken);
    }

    private static async Task<GraphChange> ApplyAsync(Neo4jTransaction transaction, GraphPatch patch, CancellationToken cancellationToken)
    {
        var documentIds = patch.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var referencedIds = patch.Entities.Select(e => e.Id)
            .Concat(patch.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }))
            .Concat(patch.Mentions.Select(m => m.EntityId))
            .Distinct(StringComparer.Ordinal).ToList();

        // Read, inside the transaction, everything the patch may change: that is how created and updated are known.
        var existingEntities = (await transaction.RunAsync(new Statement(Statements.GetEntities, Args(("ids", referencedIds))), cancellationToken))
            .Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var existingRelationships = (await transaction.RunAsync(new Statement(Statements.RelationshipsForPatch, Args(
                ("ids", patch.Relationships.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList()),
                ("documents", documentIds.ToList()))), cancellationToken))
            .Rows.Select(row => Mapping.ToRelationship(row[0])).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var entities = MergeEntities(patch.Entities, existingEntities);
        foreach (var id in referencedIds.Where(id => !entities.ContainsKey(id) && !existingEntities.ContainsKey(id)))
        {
            throw new GraphStoreException("OicGraph.UnknownEntity", $"The patch refers to entity '{id}', which is neither in the patch nor in the graph.");
        }

        var relationships = MergeRelationships(patch.Relationships, existingRelationships, documentIds);
        var changedEntities = entities.Values.Where(e => !existingEntities.TryGetValue(e.Id, out var old) || !GraphMerge.Same(old, e)).ToList();
        var changedRelationships = relationships.Values
            .Where(r => !existingRelationships.TryGetValue(r.Id, out var old) || !GraphMerge.Same(old, r)).ToList();
        var reshaped = changedRelationships
            .Where(r => existingRelationships.TryGetValue(r.Id, out var old) && !GraphMerge.SameShape(old, r)).Select(r => r.Id).ToList();

        var mentionsRemoved = 0;
        if (documentIds.Count > 0)
        {
            var removed = await transaction.RunAsync(
                new Statement(Statements.DeleteMentionsOfDocuments, Args(("documents", documentIds.ToList()))), cancellationToken);
            mentionsRemoved = Cells.Int(removed.Scalar);
            await RunBatchedAsync(transaction, Statements.UpsertDocuments, patch.Documents.Select(Mapping.DocumentProperties).ToList(), cancellationToken);
        }

        foreach (var group in changedEntities.GroupBy(e => e.Type))
        {
            await RunBatchedAsync(transaction, Statements.UpsertEntities(group.Key), group.Select(Mapping.EntityProperties).ToList(), cancellationToken);
        }

        if (reshaped.Count > 0)
        {
            await transaction.RunAsync(new Statement(Statements.DeleteRelationships, Args(("ids", reshaped))), cancellationToken);
        }

        var updates = changedRelationships.Where(r => existingRelationships.ContainsKey(r.Id) && !reshaped.Contains(r.Id)).ToList();
        await RunBatchedAsync(transaction, Statements.UpdateRelationships, updates.Select(PropertiesRow).ToList(), cancellationToken);
        var creations = changedRelationships.Where(r => !existingRelationships.ContainsKey(r.Id) || reshaped.Contains(r.Id));
        foreach (var group in creations.GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            await RunBatchedAsync(transaction, Statements.CreateRelationships(group.Key), group.Select(EndpointsRow).ToList(), cancellationToken);
        }

        await RunBatchedAsync(transaction, Statements.CreateMentions, patch.Mentions.Select(Mapping.MentionRow).ToList(), cancellationToken);

        return new GraphChange(
            Sorted(entities.Keys.Where(id => !existingEntities.ContainsKey(id))),
            Sorted(changedEntities.Select(e => e.Id).Where(existingEntities.ContainsKey)),
            [],
            Sorted(relationships.Keys.Where(id => !existingRelationships.ContainsKey(id))),
            Sorted(changedRelationships.Select(r => r.Id).Where(existingRelationships.ContainsKey)),
            [],
            patch.Mentions.Count,
            mentionsRemoved);
    }

    private static Dictionary<string, Entity> MergeEntities(IEnumerable<Entity> incoming, Dictionary<string, Entity> existing)
    {
        var merged = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in incoming)
        {
            merged[entity.Id] = merged.TryGetValue(entity.Id, out var earlier) ? GraphMerge.Merge(earlier, entity)
                : existing.TryGetValue(entity.Id, out var stored) ? GraphMerge.Merge(stored, entity)
                : entity;
        }

        return merged;
    }

    // The patch's documents replace their earlier evidence: strip it from every stored fact first, then unite the new.
    private static Dictionary<string, Relationship> MergeRelationships(
        IEnumerable<Relationship> incoming, Dictionary<string, Relationship> existing, IReadOnlySet<string> documentIds)
    {
        var merged = existing.Values
            .Select(r => GraphMerge.WithoutEvidenceFrom(r, documentIds))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var relationship in incoming)
        {
            merged[relationship.Id] = merged.TryGetValue(relationship.Id, out var earlier) ? GraphMerge.Merge(earlier, relationship) : relationship;
        }

        return merged;
    }

    private static Dictionary<string, object?> PropertiesRow(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["id"] = relationship.Id,
        ["properties"] = Mapping.RelationshipProperties(relationship),
    };

    private static Dictionary<string, object?> EndpointsRow(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["source"] = relationship.SourceId,
        ["target"] = relationship.TargetId,
        ["properties"] = Mapping.RelationshipProperties(relationship),
    };

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
