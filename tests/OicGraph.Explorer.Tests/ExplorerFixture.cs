using Microsoft.Playwright;

namespace OicGraph.Explorer.Tests;

/// <summary>One API server and one Chromium for all browser tests; each test opens its own page.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ExplorerHost Host { get; } = new();

    /// <summary>Where the test run writes its screenshots (OICGRAPH_SCREENSHOTS, or screenshots/ beside the test binaries).</summary>
    public string ScreenshotDirectory { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("OICGRAPH_SCREENSHOTS") is { Length: > 0 } configured ? configured : System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        if (Chromium.Path is null)
        {
            throw new InvalidOperationException("CI=true and no Chromium: .ci/run installs it with apt-get install -y chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Path, Headless = true, Args = Chromium.Arguments });
    }

    public async Task<ExplorerPage> OpenAsync(string route = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("Chromium was not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(page, Host.BaseAddress, ScreenshotDirectory);
        await explorer.GotoAsync(route);
        return explorer;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
