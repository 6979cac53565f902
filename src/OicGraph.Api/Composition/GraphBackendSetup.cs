using OicGraph.Graph.Embedded;
using OicGraph.Graph.Neo4j;

namespace OicGraph.Api.Composition;

internal static class GraphBackendSetup
{
    public const string BackendKey = "Graph:Backend";

    /// <summary>The one place the backend is chosen: <c>Graph:Backend</c> is <c>Embedded</c> (default) or <c>Neo4j</c>.</summary>
    public static IServiceCollection AddGraphBackend(this IServiceCollection services, IConfiguration configuration)
    {
        var backend = configuration[BackendKey] ?? "Embedded";
        if (backend.Equals("Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            // The adapter registers its own readiness check, a round trip to the server.
            services.AddNeo4jGraphStore(configuration);
        }
        else if (backend.Equals("Embedded", StringComparison.OrdinalIgnoreCase))
        {
            services.AddEmbeddedGraphStore();
            services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph", tags: ["ready"]);
        }
        else
        {
            throw new InvalidOperationException($"{BackendKey} is '{backend}'; use Embedded or Neo4j.");
        }

        return services;
    }
}
