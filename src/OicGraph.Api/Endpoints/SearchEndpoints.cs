using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Endpoints;

internal static class SearchEndpoints
{
    private const int MaxCandidates = 2000;

    public static RouteHandlerBuilder MapSearch(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", Search)
            .Validate<SearchQuery>()
            .WithTags(OpenApiTags.Search)
            .WithName("Search")
            .WithSummary("Search every name in every script")
            .WithDescription("One ranked search over the names of every entity in Arabic script, Cyrillic, Kazakh Latin and English, inflected Kazakh forms included: قازاقستاننىڭ, Қазақстанның, Kazakhstan and qazaqstan all find Kazakhstan. Exact names rank first, then names the query begins; paged.");

    private static async Task<Ok<PageResponse<SearchHitResponse>>> Search([AsParameters] SearchQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var keys = SearchKeys.ForQuery(query.Q!);
        var type = query.Type is null ? (EntityType?)null : NamedEnum.Parse<EntityType>(query.Type);
        var candidates = keys.Count == 0
            ? new Page<Entity>([], 0, 0, MaxCandidates)
            : await store.ListEntitiesAsync(new EntityQuery(type, keys, null, 0, MaxCandidates), cancellationToken);
        var ranked = candidates.Items
            .Select(e => Rank(e, keys))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entity.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var page = new Page<SearchHitResponse>([.. ranked.Skip(query.OffsetOf()).Take(query.LimitOf())], ranked.Count, query.OffsetOf(), query.LimitOf());
        return TypedResults.Ok(page.ToResponse(h => h, http));
    }

    /// <summary>The best of the entity's keys: the share of it the query covers, 1 for an exact name.</summary>
    private static SearchHitResponse Rank(Entity entity, IReadOnlyList<string> queryKeys)
    {
        var best = entity.SearchKeys
            .SelectMany(k => queryKeys.Where(q => k.StartsWith(q, StringComparison.Ordinal)).Select(q => (Key: k, Score: (double)q.Length / k.Length)))
            .DefaultIfEmpty((Key: entity.Name, Score: 0))
            .MaxBy(m => m.Score);
        return new SearchHitResponse(EntityResponse.From(entity), Math.Round(best.Score, 3), best.Key);
    }
}
