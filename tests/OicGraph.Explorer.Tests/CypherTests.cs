using System.Text.Json;
using Microsoft.Playwright;

namespace OicGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class CypherTests(ExplorerFixture fixture)
{
    private const string PathQuery = "MATCH p = shortestPath((a:Person {id: 'askar-mussinov'})-[*..6]-(b:Person {id: 'kassym-jomart-tokayev'}))\nWHERE none(n IN nodes(p) WHERE n:Document)\nRETURN p";

    [BrowserFact]
    public async Task A_Cypher_path_query_shows_its_row_and_draws_the_path()
    {
        var answer = await PostAsync(PathQuery);
        var path = answer.GetProperty("rows")[0][0];
        var hops = path.GetProperty("relationships").GetArrayLength();
        Assert.True(hops >= 1);

        await using var page = await fixture.OpenAsync($"?view=cypher&query={Uri.EscapeDataString(PathQuery)}");

        var rows = page.Page.GetByTestId("cypher-rows").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(answer.GetProperty("rows").GetArrayLength());
        await Assertions.Expect(rows.First).ToContainTextAsync("Askar Mussinov");
        await page.WaitUntilAsync("() => window.oicgraph.nodes('cypher').length > 0", what: "the path drawn");
        var nodes = await page.NodesAsync("cypher");
        var edges = await page.EdgesAsync("cypher");
        Assert.Equal(hops + 1, nodes.Count);
        Assert.Equal(hops, edges.Count);
        var ends = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(ends.Order(), nodes.Select(n => n.Id).Order());
        await page.ScreenshotAsync("cypher-path");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_bad_query_shows_the_error_with_its_line_and_column_and_puts_the_cursor_there()
    {
        const string bad = "MATCH (n:Country)\nRETURN n.name AS name ORDER";
        var problem = await PostAsync(bad, expectSuccess: false);
        var (line, column) = (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32());

        await using var page = await fixture.OpenAsync("?view=cypher");
        page.ExpectFailedRequest("/api/cypher", 400);
        var editor = page.Page.GetByRole(AriaRole.Textbox, new() { Name = "Cypher query" });
        await editor.FillAsync(bad);
        await editor.PressAsync("Control+Enter");

        var error = page.Page.GetByTestId("cypher-error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error.Locator(".position")).ToHaveTextAsync($"Line {line}, column {column}");
        await Assertions.Expect(error).ToContainTextAsync(problem.GetProperty("detail").GetString()!);
        var pointer = await error.Locator("pre.pointer").TextContentAsync();
        Assert.Equal($"{bad.Split('\n')[line - 1]}\n{new string(' ', column - 1)}^", pointer);
        var cursor = await editor.EvaluateAsync<int>("e => e.selectionStart");
        Assert.Equal(bad.Split('\n').Take(line - 1).Sum(l => l.Length + 1) + column - 1, cursor);
        Assert.Contains("query=", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("cypher-error");
        page.AssertNoConsoleErrors();
    }

    private async Task<JsonElement> PostAsync(string query, bool expectSuccess = true)
    {
        using var response = await fixture.Host.Http.PostAsJsonAsync("/api/cypher", new { query });
        Assert.Equal(expectSuccess, response.IsSuccessStatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
