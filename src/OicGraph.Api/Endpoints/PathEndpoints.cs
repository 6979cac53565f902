using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;

namespace OicGraph.Api.Endpoints;

internal static class PathEndpoints
{
    public static RouteHandlerBuilder MapPaths(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/paths", FindPaths)
            .Validate<PathQuery>()
            .WithTags(OpenApiTags.Exploration)
            .WithName("FindPaths")
            .WithSummary("Shortest paths between two entities")
            .WithDescription("Every shortest path (relationships walked in either direction) of at most maxDepth hops, each hop with its relationship, properties and evidence.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PathsResponse>, ProblemHttpResult>> FindPaths([AsParameters] PathQuery query, IGraphStore store, CancellationToken cancellationToken)
    {
        foreach (var id in new[] { query.From!, query.To! })
        {
            if (await store.GetEntityAsync(id, cancellationToken) is null)
            {
                return Problems.EntityNotFound(id);
            }
        }

        var paths = await store.FindShortestPathsAsync(query.From!, query.To!, query.MaxDepth ?? 4, query.Limit ?? 20, cancellationToken);
        return TypedResults.Ok(new PathsResponse(
            query.From!,
            query.To!,
            paths.Count == 0 ? null : paths[0].Relationships.Count,
            [.. paths.Select(p => new PathResponse(
                [.. p.Entities.Select(EntityResponse.From)],
                [.. p.Relationships.Select((r, i) => new HopResponse(RelationshipResponse.From(r), r.SourceId == p.Entities[i].Id))]))]));
    }
}
