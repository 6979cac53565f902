using Microsoft.Extensions.Diagnostics.HealthChecks;
using OicGraph.Graph;

namespace OicGraph.Api.Composition;

/// <summary>Ready when the active graph store answers; for Neo4j that is a round trip to the server.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.IsReadyAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The graph store answers.")
                : HealthCheckResult.Unhealthy("The graph store does not answer.");
        }
        catch (GraphStoreUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
        catch (GraphStoreException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
