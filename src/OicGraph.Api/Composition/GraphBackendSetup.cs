using OicGraph.Graph;
using OicGraph.Graph.Embedded;

namespace OicGraph.Api.Composition;

internal static class GraphBackendSetup
{
    public const string BackendKey = "Graph:Backend";

    /// <summary>The one place the backend is chosen: <c>Graph:Backend</c> is <c>Embedded</c> (default) or <c>Neo4j</c>.</summary>
    public static IServiceCollection AddGraphBackend(this IServiceCollection services, IConfiguration configuration)
    {
        var backend = configuration[BackendKey] ?? "Embedded";
        if (backend.Equals("Embedded", StringComparison.OrdinalIgnoreCase))
        {
            services.AddEmbeddedGraphStore();
        }
        else
        {
            throw new InvalidOperationException($"{BackendKey} is '{backend}'; use Embedded or Neo4j.");
        }

        services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph", tags: ["ready"]);
        return services;
    }
}
