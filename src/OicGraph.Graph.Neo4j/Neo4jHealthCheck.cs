using Microsoft.Extensions.Diagnostics.HealthChecks;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Neo4j.Store;

namespace OicGraph.Graph.Neo4j;

/// <summary>Readiness: Neo4j answers <c>RETURN 1</c> through the Query API with the configured credentials.</summary>
internal sealed class Neo4jHealthCheck(Neo4jQueryClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.RunAsync(new Statement(Statements.Ping), new RunOptions(AccessMode.Read), cancellationToken);
            return HealthCheckResult.Healthy($"Neo4j database '{client.Options.Database}' answers.");
        }
        catch (Exception exception) when (Neo4jErrors.IsNeo4jFailure(exception))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Neo4j is not usable: {exception.Message}");
        }
    }
}
