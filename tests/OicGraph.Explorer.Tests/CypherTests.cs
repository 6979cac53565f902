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

    [BrowserFact]
    public async Task A_query_with_parameters_sends_them_draws_the_result_keeps_them_in_the_link_and_bad_JSON_is_pointed_at()
    {
        const string query = "MATCH (e:Entity {id: $id})-[r:MEMBER_OF]->(o:Entity)\nRETURN e, r, o";
        var answer = await PostAsync(query, parameters: new Dictionary<string, object> { ["id"] = "kazakhstan" });
        var rowCount = answer.GetProperty("rows").GetArrayLength();
        Assert.True(rowCount >= 2, "Kazakhstan's two MEMBER_OF claims");

        await using var page = await fixture.OpenAsync("?view=cypher");
        await page.Page.GetByRole(AriaRole.Textbox, new() { Name = "Cypher query" }).FillAsync(query);
        var parameters = page.Page.GetByRole(AriaRole.Textbox, new() { Name = "Parameters (JSON)" });
        await parameters.FillAsync("{\"id\": \"kazakhstan\"}");
        await parameters.PressAsync("Control+Enter");

        await Assertions.Expect(page.Page.GetByTestId("cypher-rows").Locator("tbody tr")).ToHaveCountAsync(rowCount);
        await page.WaitUntilAsync("() => window.oicgraph.edges('cypher').filter(e => e.type === 'MEMBER_OF').length >= 2", what: "the claims drawn");
        Assert.Equal(answer.GetProperty("graph").GetProperty("nodes").GetArrayLength(), (await page.NodesAsync("cypher")).Count);
        Assert.Contains("params=", page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("cypher-parameters");

        await using (var linked = await fixture.OpenAsync(new Uri(page.Page.Url).Query))
        {
            await Assertions.Expect(linked.Page.GetByTestId("cypher-rows").Locator("tbody tr")).ToHaveCountAsync(rowCount);
            await Assertions.Expect(linked.Page.GetByRole(AriaRole.Textbox, new() { Name = "Parameters (JSON)" })).ToHaveValueAsync("{\"id\": \"kazakhstan\"}");
            linked.AssertNoConsoleErrors();
        }

        await parameters.FillAsync("{\n  \"id\": \"kazakhstan\",\n}");
        await parameters.PressAsync("Control+Enter");
        var error = page.Page.GetByTestId("cypher-error");
        await Assertions.Expect(error.Locator(".position")).ToHaveTextAsync("Parameters line 3, column 1");
        Assert.Equal("{\n  \"id\": \"kazakhstan\",\n".Length, await parameters.EvaluateAsync<int>("e => e.selectionStart"));

        await parameters.FillAsync("{}");
        await parameters.PressAsync("Control+Enter");
        await Assertions.Expect(error).ToContainTextAsync("$id");
        page.AssertNoConsoleErrors();
    }

    private async Task<JsonElement> PostAsync(string query, bool expectSuccess = true, Dictionary<string, object>? parameters = null)
    {
        using var response = await fixture.Host.Http.PostAsJsonAsync("/api/cypher", new { query, parameters });
        Assert.Equal(expectSuccess, response.IsSuccessStatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
