using Microsoft.AspNetCore.Http.Extensions;
using OicGraph.Api.Contracts;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class PageLinks
{
    /// <summary>Maps a store page to its response, with the request's own URL, offset moved on, as the next link.</summary>
    public static PageResponse<TOut> ToResponse<TIn, TOut>(this Page<TIn> page, Func<TIn, TOut> map, HttpContext http)
    {
        string? next = null;
        if (page.Offset + page.Items.Count < page.Total && page.Items.Count > 0)
        {
            var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
            var builder = new QueryBuilder(query.Where(p => p.Key is not ("offset" or "limit")).SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))))
            {
                { "offset", (page.Offset + page.Items.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                { "limit", page.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            };
            next = http.Request.PathBase + http.Request.Path + builder.ToQueryString();
        }

        return new PageResponse<TOut>([.. page.Items.Select(map)], page.Total, page.Offset, page.Limit, next);
    }
}
