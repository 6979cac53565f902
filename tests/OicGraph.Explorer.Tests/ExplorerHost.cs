using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OicGraph.Explorer.Tests;

/// <summary>
/// The real API on Kestrel at a loopback port, on the embedded backend in a temp directory, seeded from graph-seed/,
/// serving the explorer the build put in its wwwroot: what a browser gets from `dotnet run`.
/// </summary>
public sealed class ExplorerHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("oicgraph-explorer-").FullName;

    public ExplorerHost()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>A plain HTTP client of the same server, for what a test compares the page with.</summary>
    public HttpClient Http { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Graph:Backend", "Embedded");
        builder.UseSetting("Graph:Embedded:DataDirectory", _dataDirectory);
        // One page load makes dozens of requests and the tests load many pages.
        builder.UseSetting("Api:RateLimit:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Http.Dispose();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the OS cleans temp folders.
            }
        }
    }
}
