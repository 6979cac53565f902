using Microsoft.Extensions.Diagnostics.HealthChecks;
using OicGraph.Api.OpenApi;

namespace OicGraph.Api.Composition;

internal static class HealthEndpoints
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the graph store answers too (503 when not).</summary>
    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags(OpenApiTags.Health);
        group.MapGet("/live", () => TypedResults.Ok(new HealthResponse(HealthStatus.Healthy, new Dictionary<string, HealthCheckResponse>())))
            .WithName("Live")
            .WithSummary("Liveness")
            .WithDescription("200 while the process serves requests; checks nothing else.");
        group.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Readiness")
            .WithDescription("200 when the graph store answers (for Neo4j, a round trip to the server), 503 with each check's status when it does not.")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Ready(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains("ready"), cancellationToken);
        var response = new HealthResponse(
            report.Status,
            report.Entries.ToDictionary(e => e.Key, e => new HealthCheckResponse(e.Value.Status, e.Value.Description)));
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Ok(response)
            : TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>Overall health and each check's.</summary>
/// <param name="Status" example="Healthy">Healthy, Degraded or Unhealthy.</param>
/// <param name="Checks">Each check by name.</param>
public sealed record HealthResponse(HealthStatus Status, IReadOnlyDictionary<string, HealthCheckResponse> Checks);

/// <summary>One check's result.</summary>
/// <param name="Status" example="Healthy">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description" example="The graph store answers.">What the check saw.</param>
public sealed record HealthCheckResponse(HealthStatus Status, string? Description);
