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
        var script = ScriptOf(query.Q!);
        var ranked = candidates.Items
            .Select(e => Rank(e, keys, script))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entity.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var page = new Page<SearchHitResponse>([.. ranked.Skip(query.OffsetOf()).Take(query.LimitOf())], ranked.Count, query.OffsetOf(), query.LimitOf());
        return TypedResults.Ok(page.ToResponse(h => h, http));
    }

    /// <summary>
    /// The best of the entity's names: the share of its key the query covers, 1 for an exact name. The hit shows the name
    /// as the entity writes it, never the key (keys are an internal, script-neutral form such as <c>~KZKSTN</c>). Among
    /// names that match equally well, the one matched by the query's better key wins (the exact form before a stripped
    /// stem or the consonant skeleton), then a name in the query's own script.
    /// </summary>
    private static SearchHitResponse Rank(Entity entity, IReadOnlyList<string> queryKeys, Script queryScript)
    {
        var best = NamesOf(entity)
            .SelectMany((name, position) => SearchKeys.ForName(name).SelectMany(key => queryKeys
                .Select((q, rank) => (Query: q, Rank: rank))
                .Where(q => key.StartsWith(q.Query, StringComparison.Ordinal))
                .Select(q => (Name: name, Score: Math.Round((double)q.Query.Length / key.Length, 3), q.Rank, Foreign: ScriptOf(name) != queryScript, Position: position))))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Rank)
            .ThenBy(m => m.Foreign)
            .ThenBy(m => m.Position)
            .Select(m => (m.Name, m.Score))
            .FirstOrDefault((entity.Name, 0));
        return new SearchHitResponse(EntityResponse.From(entity), best.Score, best.Name);
    }

    private static IEnumerable<string> NamesOf(Entity entity) =>
        new[] { entity.Name }.Concat(entity.Names.Values).Concat(entity.Aliases).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);

    private enum Script
    {
        Latin,
        Arabic,
        Cyrillic,
    }

    private static Script ScriptOf(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF')
            {
                return Script.Arabic;
            }

            if (c is >= '\u0400' and <= '\u04FF')
            {
                return Script.Cyrillic;
            }

            if (char.IsLetter(c))
            {
                return Script.Latin;
            }
        }

        return Script.Latin;
    }
}
