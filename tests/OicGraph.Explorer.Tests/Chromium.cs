namespace OicGraph.Explorer.Tests;

/// <summary>
/// Debian's Chromium (apt-get install chromium), which Playwright drives instead of a browser of its own: none can be
/// downloaded here. OICGRAPH_CHROMIUM names another binary.
/// </summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when they can. On CI a missing browser fails the tests instead.</summary>
    public static string? SkipReason => Path is null && !OnCi
        ? "Chromium is not installed (apt-get install -y chromium, or set OICGRAPH_CHROMIUM); on CI (CI=true) this fails instead."
        : null;

    /// <summary>The flags this machine needs: root has no sandbox, there is no GPU, and the closed network refuses Google's services.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("OICGRAPH_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
    }
}

/// <summary>A browser test: skipped where Chromium is missing, except on CI, where it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
