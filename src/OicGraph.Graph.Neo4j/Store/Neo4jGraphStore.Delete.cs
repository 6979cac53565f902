using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

internal sealed partial class Neo4jGraphStore
{
    public Task<GraphChange?> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        WriteAsync(transaction => DeleteDocumentAsync(transaction, documentId, cancellationToken), cancellationToken);

    private static async Task<GraphChange?> DeleteDocumentAsync(Neo4jTransaction transaction, string documentId, CancellationToken cancellationToken)
    {
        var id = Args(("id", documentId));
        if ((await transaction.RunAsync(new Statement(Statements.DocumentExists, id), cancellationToken)).Rows.Count == 0)
        {
            return null;
        }

        // Entities only this document mentions lose their last source, and so does every fact touching them.
        var mentioned = await transaction.RunAsync(new Statement(Statements.EntitiesMentionedBy, id), cancellationToken);
        var orphans = mentioned.Rows.Where(row => Cells.Int(row[1]) == 0).Select(row => Cells.String(row[0])!)
            .Order(StringComparer.Ordinal).ToList();
        var orphanSet = orphans.ToHashSet(StringComparer.Ordinal);
        var affected = await transaction.RunAsync(
            new Statement(Statements.RelationshipsForDocumentDelete, Args(("id", documentId), ("orphans", orphans))), cancellationToken);
        var documentSet = new HashSet<string>(StringComparer.Ordinal) { documentId };
        var deleted = new List<string>();
        var updated = new List<Relationship>();
        foreach (var relationship in affected.Rows.Select(row => Mapping.ToRelationship(row[0])))
        {
            var remaining = GraphMerge.WithoutEvidenceFrom(relationship, documentSet);
            if (remaining.Evidence.Count == 0 || orphanSet.Contains(relationship.SourceId) || orphanSet.Contains(relationship.TargetId))
            {
                deleted.Add(relationship.Id);
            }
            else
            {
                updated.Add(remaining);
            }
        }

        var removed = await transaction.RunAsync(
            new Statement(Statements.DeleteMentionsOfDocuments, Args(("documents", new[] { documentId }))), cancellationToken);
        if (deleted.Count > 0)
        {
            await transaction.RunAsync(new Statement(Statements.DeleteRelationships, Args(("ids", deleted))), cancellationToken);
        }

        await RunBatchedAsync(transaction, Statements.UpdateRelationships, updated.Select(PropertiesRow).ToList(), cancellationToken);
        if (orphans.Count > 0)
        {
            await transaction.RunAsync(new Statement(Statements.DeleteEntities, Args(("ids", orphans))), cancellationToken);
        }

        await transaction.RunAsync(new Statement(Statements.DeleteDocument, id), cancellationToken);
        return new GraphChange(
            [], [], orphans, [], Sorted(updated.Select(r => r.Id)), Sorted(deleted), 0, Cells.Int(removed.Scalar));
    }
}
