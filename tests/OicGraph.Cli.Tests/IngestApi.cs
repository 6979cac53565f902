extern alias api;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OicGraph.Tests.Shared;

namespace OicGraph.Cli.Tests;

/// <summary>The API in memory on a temp embedded store, seeded, with one write key: what <c>ingest --api</c> loads into.</summary>
public sealed class IngestApi : WebApplicationFactory<api::Program>
{
    public const string Key = "ingest-test-key";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("oicgraph-cli-ingest-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Graph:Backend", "Embedded");
        builder.UseSetting("Graph:Embedded:DataDirectory", _dataDirectory);
        builder.UseSetting("Api:Keys:0", Key);
        builder.UseSetting("Api:RateLimit:Enabled", "false");
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
