using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

/// <summary>Reads whole lists through the store's pages, and the entities a list refers to in one read.</summary>
internal static class StoreScan
{
    private const int PageSize = 500;

    public static async Task<List<Relationship>> AllRelationshipsAsync(this IGraphStore store, RelationshipQuery query, CancellationToken cancellationToken)
    {
        var all = new List<Relationship>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListRelationshipsAsync(query with { Offset = offset, Limit = PageSize }, cancellationToken);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize || all.Count >= page.Total)
            {
                return all;
            }
        }
    }

    public static Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(this IGraphStore store, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        store.GetEntitiesAsync([.. ids.Distinct(StringComparer.Ordinal)], cancellationToken);
}
