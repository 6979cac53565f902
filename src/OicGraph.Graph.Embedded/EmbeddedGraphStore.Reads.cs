using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Entities.GetValueOrDefault(id)));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Entity>>(Read(s => ids
            .Distinct(StringComparer.Ordinal)
            .Where(s.Entities.ContainsKey)
            .ToDictionary(id => id, id => s.Entities[id], StringComparer.Ordinal)));

    public Task<EntityDetails?> GetEntityDetailsAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Entities.TryGetValue(id, out var entity)
            ? new EntityDetails(entity, s.MentionCountOf(id), [.. DocumentsOf(s, id).Select(d => Summary(s, s.Documents[d]))])
            : null));

    public Task<Page<DocumentSummary>?> ListEntityDocumentsAsync(string entityId, int offset, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Entities.ContainsKey(entityId)
            ? new Page<DocumentSummary>(
                [.. DocumentsOf(s, entityId).Skip(offset).Take(limit).Select(d => Summary(s, s.Documents[d]))],
                s.DocumentsByEntity.GetValueOrDefault(entityId)?.ByDocument.Count ?? 0,
                offset,
                limit)
            : null));

    public Task<Page<Mention>?> ListEntityMentionsAsync(string entityId, int offset, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Entities.ContainsKey(entityId)
            ? new Page<Mention>(s.MentionsOf(entityId, offset, limit), s.MentionCountOf(entityId), offset, limit)
            : null));

    public Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s =>
        {
            IEnumerable<Entity> entities = query switch
            {
                { DocumentId: { } documentId } =>
                    s.MentionsByDocument.GetValueOrDefault(documentId)?.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Select(id => s.Entities[id]) ?? [],
                // Exactly the entities with a key that a query key begins, read from the key index.
                { SearchKeys: { Count: > 0 } prefixes } => s.EntitiesWithKeyPrefix(prefixes),
                _ => s.Entities.Values,
            };
            if (query.Type is { } type)
            {
                entities = entities.Where(e => e.Type == type);
            }

            if (query is { DocumentId: not null, SearchKeys: { Count: > 0 } keys })
            {
                entities = entities.Where(e => e.SearchKeys.Any(k => keys.Any(q => k.StartsWith(q, StringComparison.Ordinal))));
            }

            return ToPage(entities.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal), query.Offset, query.Limit);
        }));

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Relationships.GetValueOrDefault(id)));

    public Task<Page<Relationship>> ListRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s =>
        {
            IEnumerable<Relationship> relationships = query switch
            {
                { EntityId: { } entityId } => s.RelationshipIdsOf(entityId, query.Direction).Select(id => s.Relationships[id]),
                { DocumentId: { } documentId } => (s.RelationshipsByEvidenceDocument.GetValueOrDefault(documentId) ?? []).Select(id => s.Relationships[id]),
                _ => s.Relationships.Values,
            };
            if (query.DocumentId is { } document)
            {
                relationships = relationships.Where(r => r.Evidence.Any(e => e.DocumentId == document));
            }

            if (query.Types is { Count: > 0 } types)
            {
                relationships = relationships.Where(r => types.Contains(r.Type));
            }

            return ToPage(relationships.OrderBy(r => r.Type.Name(), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal), query.Offset, query.Limit);
        }));

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(string? entityId, string? documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read<IReadOnlyList<Mention>>(s =>
        {
            IEnumerable<Mention> mentions = documentId is not null
                ? s.MentionsByDocument.GetValueOrDefault(documentId) ?? []
                : entityId is not null ? s.MentionsOf(entityId) : s.MentionsByDocument.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);
            return [.. entityId is null ? mentions : mentions.Where(m => m.EntityId == entityId)];
        }));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => new GraphStats(
            s.Entities.Count,
            s.Relationships.Count,
            s.Documents.Count,
            s.MentionCount,
            s.Entities.Values.GroupBy(e => e.Type.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            s.Relationships.Values.GroupBy(r => r.Type.Name()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal))));

    public Task<Page<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => new Page<DocumentSummary>(
            [.. s.DocumentIds.Skip(offset).Take(limit).Select(id => Summary(s, s.Documents[id]))], s.Documents.Count, offset, limit)));

    public Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.Documents.GetValueOrDefault(id)));

    public Task<Document?> FindDocumentByHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(s => s.DocumentIdsByHash.TryGetValue(contentHash, out var id) ? s.Documents[id] : null));

    private static IEnumerable<string> DocumentsOf(GraphState state, string entityId) =>
        state.DocumentsByEntity.GetValueOrDefault(entityId)?.ByDocument.Keys ?? Enumerable.Empty<string>();

    private static DocumentSummary Summary(GraphState state, Document document) =>
        DocumentSummary.Of(document, state.MentionsByDocument.GetValueOrDefault(document.Id)?.Count ?? 0);

    private static Page<T> ToPage<T>(IEnumerable<T> ordered, int offset, int limit)
    {
        var all = ordered as IReadOnlyCollection<T> ?? [.. ordered];
        return new Page<T>([.. all.Skip(offset).Take(limit)], all.Count, offset, limit);
    }
}
