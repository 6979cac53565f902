using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Linking;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Ingestion;

/// <summary>
/// Before a document is written: each new person or organisation (an id the store does not hold) that is a spelling
/// variant of exactly one stored entity of its type is written as that entity (<see cref="CrossDocumentLinks"/>).
/// Candidates come from the store's search keys, so the embedded store and Neo4j resolve alike. Documents are resolved
/// in the order they are written; two concurrent first writes of two spellings may still make two nodes.
/// </summary>
internal static class CrossDocumentResolver
{
    private const int MaxCandidates = 25;

    public static async Task<ExtractionResult> ResolveAsync(IGraphStore store, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        var linkable = extraction.Entities.Select(e => (Entity: e, Keys: CrossDocumentLinks.CandidateKeys(e))).Where(e => e.Keys.Count > 0).ToList();
        if (linkable.Count == 0)
        {
            return extraction;
        }

        var existing = await store.GetEntitiesAsync([.. linkable.Select(e => e.Entity.Id)], cancellationToken);
        var into = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var (entity, keys) in linkable.Where(e => !existing.ContainsKey(e.Entity.Id)))
        {
            var type = Enum.Parse<EntityType>(entity.Type);
            var candidates = await store.ListEntitiesAsync(new EntityQuery(type, keys, Limit: MaxCandidates), cancellationToken);
            var matches = candidates.Items.Where(c => c.Id != entity.Id && CrossDocumentLinks.SameReferent(entity, c)).ToList();
            if (matches.Count == 1)
            {
                into[entity.Id] = matches[0];
            }
        }

        return CrossDocumentLinks.Remap(extraction, into);
    }
}
