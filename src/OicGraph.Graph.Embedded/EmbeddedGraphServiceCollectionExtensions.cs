using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Embedded;

public static class EmbeddedGraphServiceCollectionExtensions
{
    /// <summary>Registers the SQLite-backed embedded store as the <see cref="IGraphStore"/> and <see cref="ICypherQueryRunner"/>, opened once on first use.</summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services)
    {
        services.AddOptions<EmbeddedGraphOptions>()
            .BindConfiguration(EmbeddedGraphOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Graph:Embedded:DataDirectory must name a directory.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmbeddedGraphOptions>>().Value;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return EmbeddedGraphStore.Open(Path.GetFullPath(options.DataDirectory, root));
        });
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        services.AddSingleton<ICypherQueryRunner>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        return services;
    }
}
