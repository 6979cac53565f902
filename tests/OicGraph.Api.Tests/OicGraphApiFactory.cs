using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OicGraph.Tests.Shared;

namespace OicGraph.Api.Tests;

/// <summary>The API on the embedded backend in a temp data directory, seeded from the repository's graph-seed/.</summary>
public sealed class OicGraphApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("oicgraph-api-").FullName;

    public string DataDirectory => _dataDirectory;

    /// <summary>Extra configuration a test class needs, applied over the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Runs the app on the Neo4j adapter, talking to <paramref name="server"/> (the fake Query API).</summary>
    public void UseNeo4j(OicGraph.Graph.Neo4j.Tests.Fake.FakeQueryApiServer server)
    {
        Settings["Graph:Backend"] = "Neo4j";
        Settings["Graph:Neo4j:Uri"] = server.Uri.ToString();
        Settings["Graph:Neo4j:User"] = server.Options.User;
        Settings["Graph:Neo4j:Password"] = server.Options.Password;
    }

    /// <summary>Service replacements a test class needs, applied after the app's own registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Graph:Backend", "Embedded");
        builder.UseSetting("Graph:Embedded:DataDirectory", _dataDirectory);
        builder.UseSetting("Api:CorsOrigins:0", "http://localhost:3000");

        // A test class sends hundreds of requests from one address; on a fast runner that is over the default limit
        // within its window. RateLimitTests turns the limiter back on with a tight limit of its own.
        builder.UseSetting("Api:RateLimit:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TempDirectories.DeleteQuietly(_dataDirectory);
        }
    }
}
