using OicGraph.Graph.Model;
using OicGraph.Graph.Planning;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

internal sealed partial class Neo4jGraphStore
{
    public Task<GraphChange> ApplyAsync(GraphPatch patch, CancellationToken cancellationToken = default)
    {
        GraphPatchValidator.ThrowIfInvalid(patch);

        if (patch.Documents.Count + patch.Entities.Count + patch.Relationships.Count + patch.Mentions.Count == 0)
        {
            return Task.FromResult(GraphChange.None);
        }

        return WriteAsync(
            async transaction =>
            {
                await ClaimDocumentsAsync(transaction, patch.CreateOnly, cancellationToken);
                return await ExecuteAsync(transaction, patch.Documents, WritePlanner.MentionsOf(patch), patch.Entities, patch.Relationships, [], cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Takes each create-only id inside the write's transaction: MERGE on the unique id waits for a concurrent creator to
    /// commit, the lock idiom then holds the node, and a stored hash means the id was taken (the rollback undoes the MERGE).
    /// </summary>
    private static async Task ClaimDocumentsAsync(Neo4jTransaction transaction, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            var claimed = await transaction.RunAsync(new Statement(Statements.ClaimDocument, Args(("id", id))), cancellationToken);
            if (claimed.Rows.Count > 0 && Cells.String(claimed.Rows[0][0]) is { } storedHash)
            {
                throw new DocumentExistsException(id, storedHash);
            }
        }
    }

    public Task<GraphChange?> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        WriteAsync<GraphChange?>(async transaction =>
        {
            var exists = await transaction.RunAsync(new Statement(Statements.LockDocument, Args(("id", documentId))), cancellationToken);
            if (exists.Rows.Count == 0)
            {
                return null;
            }

            var noMentions = new Dictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal) { [documentId] = [] };
            return await ExecuteAsync(transaction, [], noMentions, [], [], [documentId], cancellationToken);
        }, cancellationToken);

    /// <summary>Reads what the write can touch, plans it with the embedded store's rules, then writes the plan.</summary>
    private static async Task<GraphChange> ExecuteAsync(
        Neo4jTransaction transaction,
        IReadOnlyList<Document> documentUpserts,
        IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relationship> relationships,
        IReadOnlyList<string> documentDeletes,
        CancellationToken cancellationToken)
    {
        // Upserting the documents first also locks them (MERGE on a unique id), so a concurrent rewrite of the same document waits.
        await RunBatchedAsync(transaction, Statements.UpsertDocuments, documentUpserts.Select(GraphModelProperties.Of).ToList(), cancellationToken);
        var documentIds = newMentions.Keys.ToList();
        var oldMentions = (await transaction.RunAsync(new Statement(Statements.MentionsOfDocuments, Args(("documents", documentIds))), cancellationToken))
            .Rows.Select(Mapping.ToMention).ToList();
        var mentionedIds = oldMentions.Concat(newMentions.Values.SelectMany(m => m)).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList();
        var entityIds = entities.Select(e => e.Id).Concat(mentionedIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await RunAsync(transaction, Statements.LockEntities, ("ids", entityIds), cancellationToken);
        var storedEntities = (await transaction.RunAsync(new Statement(Statements.GetEntities, Args(("ids", entityIds))), cancellationToken))
            .Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var elsewhere = (await transaction.RunAsync(
                new Statement(Statements.MentionsElsewhere, Args(("ids", mentionedIds), ("documents", documentIds))), cancellationToken))
            .Rows.ToDictionary(row => Cells.String(row[0])!, row => Cells.Int(row[1]), StringComparer.Ordinal);
        var storedRelationships = (await transaction.RunAsync(new Statement(Statements.RelationshipsForPatch, Args(
                ("ids", relationships.Select(r => r.Id).ToList()), ("documents", documentIds))), cancellationToken))
            .Rows.Select(row => Mapping.ToRelationship(row[0])).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var stored = new StoredSlice(
            storedEntities,
            oldMentions.GroupBy(m => m.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<Mention>)[.. g], StringComparer.Ordinal),
            elsewhere,
            storedRelationships);
        var plan = WritePlanner.Plan(stored, newMentions, entities, relationships);

        // Facts touching a deleted entity go with it; DETACH DELETE removes them, and the change must name them.
        var relationshipDeletes = new SortedSet<string>(plan.RelationshipDeletes, StringComparer.Ordinal);
        if (plan.EntityDeletes.Count > 0)
        {
            var touching = await transaction.RunAsync(new Statement(Statements.RelationshipIdsOfEntities, Args(("ids", plan.EntityDeletes))), cancellationToken);
            relationshipDeletes.UnionWith(touching.Rows.Select(row => Cells.String(row[0])!));
        }

        await WritePlanAsync(transaction, plan, documentDeletes, cancellationToken);
        return plan.Change with { RelationshipsDeleted = [.. relationshipDeletes] };
    }

    private static async Task WritePlanAsync(
        Neo4jTransaction transaction, WritePlan plan, IReadOnlyList<string> documentDeletes, CancellationToken cancellationToken)
    {
        foreach (var group in plan.EntityUpserts.GroupBy(e => e.Type))
        {
            await RunBatchedAsync(transaction, Statements.UpsertEntities(group.Key), group.Select(GraphModelProperties.Of).ToList(), cancellationToken);
        }

        if (plan.MentionReplacements.Count > 0)
        {
            await RunAsync(transaction, Statements.DeleteMentionsOfDocuments, ("documents", plan.MentionReplacements.Keys.ToList()), cancellationToken);
            await RunBatchedAsync(transaction, Statements.CreateMentions,
                plan.MentionReplacements.Values.SelectMany(m => m).Select(Mapping.MentionRow).ToList(), cancellationToken);
        }

        if (plan.RelationshipDeletes.Count > 0)
        {
            await RunAsync(transaction, Statements.DeleteRelationships, ("ids", plan.RelationshipDeletes), cancellationToken);
        }

        await RunBatchedAsync(transaction, Statements.UpdateRelationships, plan.RelationshipUpdates.Select(PropertiesRow).ToList(), cancellationToken);
        foreach (var group in plan.RelationshipCreates.GroupBy(r => r.Type))
        {
            await RunBatchedAsync(transaction, Statements.CreateRelationships(group.Key), group.Select(EndpointsRow).ToList(), cancellationToken);
        }

        if (plan.EntityDeletes.Count > 0)
        {
            await RunAsync(transaction, Statements.DeleteEntities, ("ids", plan.EntityDeletes), cancellationToken);
        }

        if (documentDeletes.Count > 0)
        {
            await RunAsync(transaction, Statements.DeleteDocuments, ("ids", documentDeletes), cancellationToken);
        }
    }

    private static Task<QueryResult> RunAsync(
        Neo4jTransaction transaction, string statement, (string Name, object? Value) argument, CancellationToken cancellationToken) =>
        transaction.RunAsync(new Statement(statement, Args(argument)), cancellationToken);

    private static Dictionary<string, object?> PropertiesRow(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["id"] = relationship.Id,
        ["properties"] = GraphModelProperties.Of(relationship),
    };

    private static Dictionary<string, object?> EndpointsRow(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["source"] = relationship.SourceId,
        ["target"] = relationship.TargetId,
        ["properties"] = GraphModelProperties.Of(relationship),
    };
}
