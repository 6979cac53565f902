using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OicGraph.Explorer.Tests;

/// <summary>How the API serves the explorer, and what happens where it could not be built.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ServingTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_explorer_is_at_the_root_Swagger_stays_at_swagger_and_hashed_assets_are_cached_for_a_year()
    {
        using var root = await fixture.Host.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        var html = await root.Content.ReadAsStringAsync();
        Assert.Contains("<title>OicGraph explorer</title>", html, StringComparison.Ordinal);
        Assert.Equal("no-cache", root.Headers.CacheControl?.ToString());

        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        using var asset = await fixture.Host.Http.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        var caching = asset.Headers.CacheControl!;
        Assert.True(caching.Public);
        Assert.Equal(TimeSpan.FromDays(365), caching.MaxAge);
        Assert.Contains(caching.Extensions, e => e.Name == "immutable");

        using var swagger = await fixture.Host.Http.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        Assert.Contains("swagger-ui", await swagger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_built_explorer_the_root_leads_to_Swagger_and_the_API_still_answers()
    {
        var emptyWebRoot = Directory.CreateTempSubdirectory("oicgraph-no-explorer-").FullName;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseWebRoot(emptyWebRoot);
            builder.UseSetting("Graph:Embedded:DataDirectory", Directory.CreateTempSubdirectory("oicgraph-no-explorer-data-").FullName);
            builder.UseSetting("Graph:Seed:Enabled", "false");
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/swagger", root.Headers.Location?.ToString());
        using var stats = await client.GetAsync("/api/stats");
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
    }

    [NodeFact]
    public async Task A_build_without_npm_on_the_PATH_warns_and_says_how_to_get_the_explorer()
    {
        var dotnet = DotnetHost();
        var start = new ProcessStartInfo(dotnet, ["msbuild", Path.Combine(RepositoryRoot.Find(), "src", "OicGraph.Api", "OicGraph.Api.csproj"), "-t:OicGraphExplorer", "-nologo", "-v:minimal", "-nodeReuse:false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The .NET SDK's folder and a shell for Exec, nothing else: no npm, no node.
        var bin = Directory.CreateTempSubdirectory("oicgraph-no-npm-").FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "sh"), "/bin/sh");
        start.Environment["PATH"] = string.Join(Path.PathSeparator, bin, Path.GetDirectoryName(dotnet));
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        Directory.Delete(bin, recursive: true);
        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("warning OICGRAPH001", output, StringComparison.Ordinal);
        Assert.Contains("npm was not found on the PATH", output, StringComparison.Ordinal);
        Assert.DoesNotContain("explorer: npm", output, StringComparison.Ordinal);
    }

    /// <summary>The real dotnet executable (not a symbolic link elsewhere on the PATH), whose folder holds no npm.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            return host;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "dotnet")).First(File.Exists);
        return new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
    }
}
