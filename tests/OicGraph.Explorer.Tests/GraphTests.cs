using System.Text.Json;

namespace OicGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class GraphTests(ExplorerFixture fixture)
{
    [BrowserFact]
    public async Task The_neighbourhood_of_Kazakhstan_draws_exactly_the_entities_and_facts_the_API_returns()
    {
        var expected = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan/neighbors?depth=1&limit=2000");
        var expectedNodes = expected.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet();
        var expectedEdges = expected.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet();

        await using var page = await fixture.OpenAsync("?entity=kazakhstan");
        var nodes = await page.NodesAsync();
        var edges = await page.EdgesAsync();

        Assert.Equal(expectedNodes.Order(), nodes.Select(n => n.Id).Order());
        Assert.Equal(expectedEdges.Order(), edges.Select(e => e.Id).Order());
        Assert.Contains(nodes, n => n.Id == "oic" && n.Type == "Organization");
        Assert.Contains(nodes, n => n.Id == "astana" && n.Type == "City");
        Assert.Equal(2, edges.Count(e => e.Type == "MEMBER_OF" && e.Source == "kazakhstan" && e.Target == "oic"));
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Depth_two_draws_the_two_hop_neighbourhood_and_the_depth_box_says_so()
    {
        var expected = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan/neighbors?depth=2&limit=2000");

        await using var page = await fixture.OpenAsync("?entity=kazakhstan&depth=2");

        Assert.Equal(expected.GetProperty("nodes").GetArrayLength(), (await page.NodesAsync()).Count);
        Assert.Equal("2", await page.Page.Locator("select[aria-label=Depth]").InputValueAsync());
        await page.ScreenshotAsync("graph-kazakhstan-depth-2");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Clicking_a_node_expands_it_without_moving_anything_already_drawn()
    {
        await using var page = await fixture.OpenAsync("?entity=kazakhstan");
        var before = (await page.NodesAsync()).ToDictionary(n => n.Id);

        await page.ClickElementAsync("oic");

        await page.WaitUntilAsync("count => window.oicgraph.nodes('graph').length > count", before.Count, "the OIC's neighbours to be added");
        var after = await page.NodesAsync();
        var oicNeighbours = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/entities/oic/neighbors?depth=1&limit=500");
        var expected = oicNeighbours.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Union(before.Keys).ToHashSet();
        Assert.Equal(expected.Order(), after.Select(n => n.Id).Order());
        foreach (var node in after.Where(n => before.ContainsKey(n.Id)))
        {
            Assert.True(Math.Abs(node.X - before[node.Id].X) < 0.01 && Math.Abs(node.Y - before[node.Id].Y) < 0.01, $"{node.Id} moved when the OIC was expanded");
        }

        var newNodes = after.Where(n => !before.ContainsKey(n.Id)).ToList();
        var closest = newNodes.SelectMany(a => after.Where(b => b.Id != a.Id).Select(b => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2)))).Min();
        Assert.True(closest > 20, $"new entities are placed apart from every other entity (closest pair {closest:F1} px apart)");
        Assert.Contains("node=oic", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("graph-expanded");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Fit_and_zoom_buttons_change_the_zoom()
    {
        await using var page = await fixture.OpenAsync("?entity=kazakhstan");
        var zoom = await ZoomAsync(page);
        await page.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        Assert.True(await ZoomAsync(page) > zoom * 1.2);
        await page.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Fit" }).ClickAsync();
        Assert.True(Math.Abs(await ZoomAsync(page) - zoom) < zoom * 0.5, "fit brings the whole neighbourhood back into view");
        page.AssertNoConsoleErrors();
    }

    private static async Task<double> ZoomAsync(ExplorerPage page) =>
        await page.Page.EvaluateAsync<double>("() => window.oicgraph.viewport('graph').zoom");
}
