using System.Diagnostics;
using System.Text;

namespace OicGraph.Api.Tests.OpenApi;

/// <summary>
/// The npm tools of <c>tests/openapi-contract</c> (Redocly CLI, openapi-typescript, tsc), installed there by <c>npm ci</c>
/// (.ci/run does it). On CI a missing tool fails the test; outside CI the tests are skipped and say why.
/// </summary>
internal static class NodeTools
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "openapi-contract");

    public static bool OnCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Why the tools cannot run, or null when they can.</summary>
    public static string? Missing { get; } = FindMissing();

    public static async Task<(int Code, string Output)> RunAsync(string tool, string arguments, string workingDirectory, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("node", $"\"{Path.Combine(Folder, "node_modules", tool)}\" {arguments}")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    private static string? FindMissing()
    {
        string[] tools = ["@redocly/cli/bin/cli.js", "openapi-typescript/bin/cli.js", "typescript/bin/tsc"];
        var missing = tools.Where(t => !File.Exists(Path.Combine(Folder, "node_modules", t))).ToList();
        if (missing.Count > 0)
        {
            return $"npm packages missing in {Folder} ({string.Join(", ", missing)}): run `npm ci` there (.ci/run does).";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "node"))) ? null : "node is not on PATH.";
    }
}

/// <summary>A fact that needs the npm tools: it runs when they are installed, fails on CI when they are not, and is skipped (saying why) elsewhere.</summary>
public sealed class NodeToolsFactAttribute : FactAttribute
{
    public NodeToolsFactAttribute()
    {
        if (NodeTools.Missing is { } missing && !NodeTools.OnCi)
        {
            Skip = missing + " Skipped outside CI; on CI this test fails instead.";
        }
    }
}
