using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OicGraph.Api.Seeding;

/// <summary>Not ready until the first seed is stored: a client that sees ready sees the seeded graph.</summary>
internal sealed class SeedHealthCheck(SeedProgress progress) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(progress.Pending is { } pending ? HealthCheckResult.Unhealthy(pending) : HealthCheckResult.Healthy("The graph holds its seed."));
}
