using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace OicGraph.Explorer.Tests;

/// <summary>Runs the page's own Vitest unit tests (src/OicGraph.Explorer/test) inside dotnet test, so CI runs them too.</summary>
public sealed class UnitTests(ITestOutputHelper output)
{
    [NodeFact]
    public async Task The_explorers_Vitest_unit_tests_all_pass()
    {
        var report = Path.Combine(Path.GetTempPath(), $"oicgraph-vitest-{Guid.NewGuid():N}.json");
        var vitest = Path.Combine(RepositoryRoot.Explorer, "node_modules", "vitest", "vitest.mjs");
        Assert.True(File.Exists(vitest), $"{vitest} is missing: building src/OicGraph.Api runs npm ci in src/OicGraph.Explorer.");
        var start = new ProcessStartInfo("node", ["vitest.mjs", "run", "--root", RepositoryRoot.Explorer, "--reporter=json", $"--outputFile={report}"])
        {
            WorkingDirectory = Path.GetDirectoryName(vitest),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine(await stderr);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        File.Delete(report);
        var root = json.RootElement;
        var failures = root.GetProperty("testResults").EnumerateArray()
            .SelectMany(file => file.GetProperty("assertionResults").EnumerateArray())
            .Where(test => test.GetProperty("status").GetString() != "passed")
            .Select(test => $"{test.GetProperty("fullName").GetString()}: {string.Join(" ", test.GetProperty("failureMessages").EnumerateArray().Select(m => m.GetString()))}")
            .ToList();
        output.WriteLine($"vitest: {root.GetProperty("numPassedTests").GetInt32()} passed of {root.GetProperty("numTotalTests").GetInt32()}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(root.GetProperty("numTotalTests").GetInt32() >= 20, "the unit tests ran (at least 20 of them)");
        Assert.Equal(0, process.ExitCode);
        _ = await stdout;
    }
}

/// <summary>A test that needs Node.js: skipped where node is missing, except on CI, where it runs and fails.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!Chromium.OnCi && !OnPath("node"))
        {
            Skip = "Node.js is not installed; on CI (CI=true) this fails instead.";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}
