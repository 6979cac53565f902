using OicGraph.Graph.Model;

namespace OicGraph.Graph;

/// <summary>
/// The graph store port: everything the API needs from a backend, in graph terms. Adapters: the embedded store
/// (SQLite-backed, the default) and Neo4j over its HTTP Query API. Unknown ids give <c>null</c> or empty results.
/// Lists are ordered deterministically (entities by name then id, relationships by type then id, documents by id),
/// so pages are stable and both backends answer alike.
/// </summary>
public interface IGraphStore
{
    /// <summary>Applies the whole patch in one transaction, or nothing of it.</summary>
    Task<GraphChange> ApplyAsync(GraphPatch patch, CancellationToken cancellationToken = default);

    /// <summary>Removes a document, its mentions and evidence, and every entity and relationship left without a source.</summary>
    Task<GraphChange?> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The entities of the given ids that exist, keyed by id: one read however many ids.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<EntityDetails?> GetEntityDetailsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the documents that name the entity, by id, and how many there are; null for an unknown entity.
    /// The default reads every document of the entity; an adapter with an index answers from it.
    /// </summary>
    async Task<Page<DocumentSummary>?> ListEntityDocumentsAsync(string entityId, int offset, int limit, CancellationToken cancellationToken = default) =>
        await GetEntityDetailsAsync(entityId, cancellationToken) is { } details
            ? new Page<DocumentSummary>([.. details.Documents.Skip(offset).Take(limit)], details.Documents.Count, offset, limit)
            : null;

    /// <summary>
    /// One page of the entity's mentions (by document id, then in text order) and how many there are; null for an unknown entity.
    /// The default reads every mention of the entity; an adapter with an index answers from it.
    /// </summary>
    async Task<Page<Mention>?> ListEntityMentionsAsync(string entityId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        if (await GetEntityAsync(entityId, cancellationToken) is null)
        {
            return null;
        }

        var mentions = await GetMentionsAsync(entityId, null, cancellationToken);
        return new Page<Mention>([.. mentions.Skip(offset).Take(limit)], mentions.Count, offset, limit);
    }

    Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<Relationship>> ListRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default);

    /// <summary>The entity and everything within <paramref name="depth"/> hops of it, either direction; null for an unknown id.</summary>
    Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default);

    Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default);

    /// <summary>All shortest paths (ignoring direction) of at most <paramref name="maxDepth"/> hops, at most <paramref name="limit"/> of them.</summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Mention>> GetMentionsAsync(string? entityId, string? documentId, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    Task<Page<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default);

    Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    Task<Document?> FindDocumentByHashAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Cheap reachability check for readiness probes.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);
}
