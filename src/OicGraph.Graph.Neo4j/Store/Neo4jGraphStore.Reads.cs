using Microsoft.Extensions.Logging;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

internal sealed partial class Neo4jGraphStore
{
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.GetEntity, Args(("id", id)), cancellationToken);
        return result.Rows.Count == 0 ? null : Mapping.ToEntity(result.Rows[0][0]);
    }

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Entity>(StringComparer.Ordinal);
        }

        var result = await ReadAsync(Statements.GetEntities, Args(("ids", ids.Distinct(StringComparer.Ordinal).ToList())), cancellationToken);
        return result.Rows.Select(row => Mapping.ToEntity(row[0])).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<EntityDetails?> GetEntityDetailsAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.GetEntityDetails, Args(("id", id)), cancellationToken);
        return result.Rows.Count == 0
            ? null
            : new EntityDetails(Mapping.ToEntity(result.Rows[0][0]), Cells.Int(result.Rows[0][1]), [.. Cells.List(result.Rows[0][2]).Select(Summary)]);
    }

    public async Task<Page<DocumentSummary>?> ListEntityDocumentsAsync(string entityId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.ListEntityDocuments, Args(("id", entityId), ("offset", offset), ("limit", limit)), cancellationToken);
        return result.Rows.Count == 0
            ? null
            : new Page<DocumentSummary>([.. Cells.List(result.Rows[0][1]).Select(Summary)], Cells.Int(result.Rows[0][0]), offset, limit);
    }

    public async Task<Page<Mention>?> ListEntityMentionsAsync(string entityId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.ListEntityMentions, Args(("id", entityId), ("offset", offset), ("limit", limit)), cancellationToken);
        return result.Rows.Count == 0
            ? null
            : new Page<Mention>([.. Cells.List(result.Rows[0][1]).Select(item => Mapping.ToMention(Cells.List(item)))], Cells.Int(result.Rows[0][0]), offset, limit);
    }

    private static DocumentSummary Summary(object? cells) => Mapping.ToSummary(Cells.List(cells));

    public async Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        var keys = query.SearchKeys?.Where(k => k.Length > 0).ToList() is { Count: > 0 } given ? given : null;
        var fullText = keys is not null && query.DocumentId is null;
        QueryResult result;
        try
        {
            result = await ListEntitiesAsync(query, keys, fullText, cancellationToken);
        }
        catch (GraphStoreException exception) when (fullText && exception.InnerException is Neo4jServerException { Code: "Neo.ClientError.Procedure.ProcedureCallFailed" } server
            && server.Message.Contains("no such fulltext schema index", StringComparison.OrdinalIgnoreCase))
        {
            // A database this process has not written to may not have the index yet (the schema is created before the first
            // write, and a read-only member or user cannot create it): the same answer, from a scan of the keys.
            logger.LogWarning("Neo4j has no {Index} full-text index yet; searching by a scan until a write creates it", FullTextQuery.Index);
            result = await ListEntitiesAsync(query, keys, fullText: false, cancellationToken);
        }

        var row = result.Rows[0];
        return new Page<Entity>(Cells.List(row[1]).Select(Mapping.ToEntity).ToList(), Cells.Int(row[0]), query.Offset, query.Limit);
    }

    private Task<QueryResult> ListEntitiesAsync(EntityQuery query, IReadOnlyList<string>? keys, bool fullText, CancellationToken cancellationToken) =>
        ReadAsync(ShapedReads.ListEntities(query.Type is not null, keys is not null, query.DocumentId is not null, fullText), Args(
            ("type", query.Type?.ToString()),
            ("keys", fullText ? null : keys),
            ("lucene", fullText ? FullTextQuery.Prefixes(keys!) : null),
            ("document", query.DocumentId),
            ("offset", query.Offset),
            ("limit", query.Limit)), cancellationToken);

    public async Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        // An id names its type, so the look-up is a seek on that type's id constraint; one naming no type is not a fact's.
        foreach (var type in ShapedReads.TypesNamedIn(id))
        {
            var result = await ReadAsync(ShapedReads.GetRelationship(type), Args(("id", id)), cancellationToken);
            if (result.Rows.Count > 0)
            {
                return Mapping.ToRelationship(result.Rows[0][0]);
            }
        }

        return null;
    }

    public async Task<Page<Relationship>> ListRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        var statement = ShapedReads.ListRelationships(query.EntityId is null ? null : query.Direction, query.Types, query.DocumentId is not null);
        var result = await ReadAsync(statement, Args(
            ("entity", query.EntityId),
            ("document", query.DocumentId),
            ("offset", query.Offset),
            ("limit", query.Limit),
            ("reach", (long)query.Offset + query.Limit)), cancellationToken);
        var row = result.Rows[0];
        return new Page<Relationship>(
            Cells.List(row[1]).Select(Mapping.ToRelationship).ToList(), Cells.Int(row[0]), query.Offset, query.Limit);
    }

    public async Task<IReadOnlyList<Mention>> GetMentionsAsync(string? entityId, string? documentId, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(ShapedReads.GetMentions(entityId is not null, documentId is not null), Args(("entity", entityId), ("document", documentId)), cancellationToken);
        return result.Rows.Select(Mapping.ToMention).ToList();
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync(Statements.Stats, null, cancellationToken)).Rows[0];
        var entityTypes = Enum.GetValues<EntityType>();
        var relationTypes = Enum.GetValues<RelationType>();
        var entitiesByType = CountsOf(entityTypes.Select((type, i) => (type.ToString(), Cells.Int(row[i]))));
        var relationshipsByType = CountsOf(relationTypes.Select((type, i) => (type.Name(), Cells.Int(row[entityTypes.Length + i]))));
        var documents = Cells.Int(row[entityTypes.Length + relationTypes.Length]);
        var mentions = Cells.Int(row[entityTypes.Length + relationTypes.Length + 1]);
        return new GraphStats(entitiesByType.Values.Sum(), relationshipsByType.Values.Sum(), documents, mentions, entitiesByType, relationshipsByType);
    }

    public async Task<Page<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync(Statements.ListDocuments, Args(("offset", offset), ("limit", limit)), cancellationToken)).Rows[0];
        return new Page<DocumentSummary>([.. Cells.List(row[1]).Select(Summary)], Cells.Int(row[0]), offset, limit);
    }

    public async Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.GetDocument, Args(("id", id)), cancellationToken);
        return result.Rows.Count == 0 ? null : Mapping.ToDocument(result.Rows[0][0]);
    }

    public async Task<Document?> FindDocumentByHashAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.FindDocumentByHash, Args(("hash", contentHash)), cancellationToken);
        return result.Rows.Count == 0 ? null : Mapping.ToDocument(result.Rows[0][0]);
    }

    // Only the types present, by name, as the embedded store lists them.
    private static Dictionary<string, int> CountsOf(IEnumerable<(string Type, int Count)> counts) =>
        counts.Where(c => c.Count > 0).OrderBy(c => c.Type, StringComparer.Ordinal).ToDictionary(c => c.Type, c => c.Count, StringComparer.Ordinal);
}
