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
        var script = SearchRanking.ScriptOf(query.Q!);
        var ranked = candidates.Items
            .Select(e => (Entity: e, Match: SearchRanking.Best(e, keys, script)))
            .OrderByDescending(h => h.Match.Score)
            .ThenBy(h => h.Entity.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
            .ToList();
        // Only the page's hits become responses.
        var page = new Page<SearchHitResponse>(
            [.. ranked.Skip(query.OffsetOf()).Take(query.LimitOf()).Select(h => new SearchHitResponse(EntityResponse.From(h.Entity), h.Match.Score, h.Match.Name))],
            ranked.Count,
            query.OffsetOf(),
            query.LimitOf());
        return TypedResults.Ok(page.ToResponse(h => h, http));
    }
}
