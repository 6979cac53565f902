using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Graph;

namespace OicGraph.Api.Endpoints;

internal static class StatsEndpoints
{
    public static RouteHandlerBuilder MapStats(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/stats", async (IGraphStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok(StatsResponse.From(await store.GetStatsAsync(cancellationToken))))
            .WithTags(OpenApiTags.Exploration)
            .WithName("GetStats")
            .WithSummary("Graph statistics")
            .WithDescription("Counts of entities, relationships, documents and mentions, with entities per type and relationships per type.");
}
