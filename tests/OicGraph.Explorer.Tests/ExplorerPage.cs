using System.Text.Json;
using Microsoft.Playwright;

namespace OicGraph.Explorer.Tests;

/// <summary>One page of the explorer with what a test asks of it; it records every console error and failed script.</summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly Uri _baseAddress;
    private readonly string _screenshots;
    private readonly List<string> _errors = [];
    private readonly List<(string Path, int Status)> _expectedFailures = [];

    public ExplorerPage(IPage page, Uri baseAddress, string screenshots)
    {
        Page = page;
        _baseAddress = baseAddress;
        _screenshots = screenshots;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !IsExpected(message))
            {
                lock (_errors)
                {
                    _errors.Add($"console {message.Type}: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"page error: {error}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Chromium logs every answer of 400 and above to the console; a test that provokes one names it here.</summary>
    public void ExpectFailedRequest(string path, int status) => _expectedFailures.Add((path, status));

    public async Task GotoAsync(string route)
    {
        await Page.GotoAsync(new Uri(_baseAddress, "/" + route).ToString());
        await Page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 30_000 });
    }

    public async Task<IReadOnlyList<DrawnNode>> NodesAsync(string view = "graph") =>
        [.. (await Page.EvaluateAsync<JsonElement>("view => window.oicgraph.nodes(view)", view)).EnumerateArray()
            .Select(n => new DrawnNode(n.GetProperty("id").GetString()!, n.GetProperty("type").GetString()!, n.GetProperty("x").GetDouble(), n.GetProperty("y").GetDouble()))];

    public async Task<IReadOnlyList<DrawnEdge>> EdgesAsync(string view = "graph") =>
        [.. (await Page.EvaluateAsync<JsonElement>("view => window.oicgraph.edges(view)", view)).EnumerateArray()
            .Select(e => new DrawnEdge(e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!))];

    /// <summary>Clicks a node or an edge of a drawing where it is on the screen, as a user would.</summary>
    public async Task ClickElementAsync(string id, string view = "graph")
    {
        var point = await Page.EvaluateAsync<JsonElement?>("([view, id]) => window.oicgraph.screenPoint(view, id) ?? null", new[] { view, id });
        if (point is not { ValueKind: JsonValueKind.Object } p)
        {
            throw new InvalidOperationException($"{id} is not drawn in the {view} view.");
        }

        await Page.Mouse.ClickAsync((float)p.GetProperty("x").GetDouble(), (float)p.GetProperty("y").GetDouble());
    }

    /// <summary>Runs JavaScript until it returns true, or fails with what it was waiting for.</summary>
    public async Task WaitUntilAsync(string condition, object? argument = null, string? what = null)
    {
        try
        {
            await Page.WaitForFunctionAsync(condition, argument, new PageWaitForFunctionOptions { Timeout = 20_000 });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Waited 20 s for {what ?? condition}.", exception);
        }
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = System.IO.Path.Combine(_screenshots, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public void AssertNoConsoleErrors()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, string.Join(Environment.NewLine, _errors));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
    }

    private bool IsExpected(IConsoleMessage message) =>
        message.Type == "error" &&
        _expectedFailures.Any(f => message.Location.Contains(f.Path, StringComparison.Ordinal) && message.Text.Contains($"status of {f.Status}", StringComparison.Ordinal));
}

public sealed record DrawnNode(string Id, string Type, double X, double Y);

public sealed record DrawnEdge(string Id, string Type, string Source, string Target);
