using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Neo4j.Store;

namespace OicGraph.Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    private const string HttpClientName = "neo4j";

    /// <summary>
    /// Registers the Neo4j graph store (<see cref="IGraphStore"/> and <see cref="ICypherQueryRunner"/>) configured from
    /// <c>Graph:Neo4j</c>, validated at start, and a readiness health check named "neo4j" (tag "ready").
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());

        // One long-lived client: the store is a singleton, and a bounded connection lifetime keeps DNS changes
        // (Aura, a restarted container) visible. Timeouts are per request, inside Neo4jQueryClient.
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        services.AddSingleton<Neo4jBookmarks>();
        services.AddSingleton(provider => new Neo4jQueryClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<Neo4jOptions>>(),
            provider.GetRequiredService<Neo4jBookmarks>(),
            provider.GetRequiredService<ILogger<Neo4jQueryClient>>()));
        services.AddSingleton<Neo4jGraphStore>();
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<ICypherQueryRunner>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddHealthChecks().AddCheck<Neo4jHealthCheck>("neo4j", tags: ["ready"]);
        return services;
    }
}
