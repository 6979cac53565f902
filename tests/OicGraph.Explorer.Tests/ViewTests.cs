using System.Text.Json;
using Microsoft.Playwright;

namespace OicGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class ViewTests(ExplorerFixture fixture)
{
    [BrowserFact]
    public async Task The_member_states_table_shows_accession_years_and_the_sources_disagreement_on_Kazakhstan()
    {
        var states = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/member-states");

        await using var page = await fixture.OpenAsync("?view=members");

        var rows = page.Page.GetByTestId("member-states").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(states.GetArrayLength());
        var kazakhstan = rows.And(page.Page.Locator("[data-entity=kazakhstan]"));
        await Assertions.Expect(kazakhstan).ToHaveClassAsync("disagreement");
        await Assertions.Expect(kazakhstan.Locator("td.number")).ToHaveTextAsync("1995");
        await Assertions.Expect(kazakhstan.Locator(".badge.disagreement")).ToHaveTextAsync("1992 vs 1995");
        var disagreements = states.EnumerateArray().Count(s => s.GetProperty("disagreement").GetBoolean());
        await Assertions.Expect(page.Page.Locator("tr.disagreement")).ToHaveCountAsync(disagreements);

        await page.Page.GetByLabel("only where the sources disagree").CheckAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(disagreements);
        await page.WaitUntilAsync("() => location.search.includes('disagreements=1')", what: "the filter in the URL");
        await using (var linked = await fixture.OpenAsync("?view=members&disagreements=1&filter=" + Uri.EscapeDataString("Қазақ")))
        {
            await Assertions.Expect(linked.Page.GetByTestId("member-states").Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(linked.Page.Locator("tbody tr[data-entity=kazakhstan]")).ToHaveCountAsync(1);
            linked.AssertNoConsoleErrors();
        }

        await page.Page.GetByLabel("only where the sources disagree").UncheckAsync();
        await page.ScreenshotAsync("member-states");

        await kazakhstan.Locator("button.claim-button", new() { HasTextString = "1992" }).ClickAsync();
        await Assertions.Expect(page.Page.GetByTestId("side-panel").Locator("mark.evidence")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Page.GetByTestId("side-panel").Locator(".source-text")).ToHaveAttributeAsync("data-document", "oic-interview-mussinov");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task The_timeline_lists_every_dated_item_by_year_in_date_order()
    {
        var items = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/timeline");

        await using var page = await fixture.OpenAsync("?view=timeline");

        var shown = page.Page.GetByTestId("timeline").Locator("li.timeline-item");
        await Assertions.Expect(shown).ToHaveCountAsync(items.GetArrayLength());
        var years = (await page.Page.GetByTestId("timeline").Locator("section.year h3").AllTextContentsAsync()).Where(y => y != "undated").Select(int.Parse).ToList();
        Assert.Equal(years.Order(), years);
        Assert.Contains(1969, years);
        await page.ScreenshotAsync("timeline");

        await shown.First.Locator("a").ClickAsync();
        await Assertions.Expect(page.Page.GetByTestId("side-panel").Locator("h2[data-fact]")).ToHaveCountAsync(1);

        // A range typed in goes into the URL, and the link brings the same range back.
        var nineties = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/timeline?from=1990&to=1999");
        await page.Page.GetByLabel("From year").FillAsync("1990");
        await page.Page.GetByLabel("To year").FillAsync("1999");
        await page.Page.GetByLabel("To year").PressAsync("Enter");
        await Assertions.Expect(shown).ToHaveCountAsync(nineties.GetArrayLength());
        await page.WaitUntilAsync("() => location.search.includes('since=1990') && location.search.includes('until=1999')", what: "the range in the URL");
        await using var linked = await fixture.OpenAsync(new Uri(page.Page.Url).Query);
        await Assertions.Expect(linked.Page.GetByTestId("timeline").Locator("li.timeline-item")).ToHaveCountAsync(nineties.GetArrayLength());
        await Assertions.Expect(linked.Page.GetByLabel("From year")).ToHaveValueAsync("1990");
        page.AssertNoConsoleErrors();
        linked.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Shortest_paths_list_each_hop_with_its_evidence_and_draw_them()
    {
        var expected = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/paths?from=askar-mussinov&to=saudi-arabia&maxDepth=4&limit=20");
        var paths = expected.GetProperty("paths");
        Assert.True(paths.GetArrayLength() > 0);

        await using var page = await fixture.OpenAsync("?view=paths&from=askar-mussinov&to=saudi-arabia");

        await Assertions.Expect(page.Page.Locator("ol.path")).ToHaveCountAsync(paths.GetArrayLength());
        var hops = page.Page.Locator("ol.path .path-hop");
        await Assertions.Expect(hops).ToHaveCountAsync(paths.EnumerateArray().Sum(p => p.GetProperty("hops").GetArrayLength()));
        // Each hop quotes its first passage, and every further passage stating it below.
        await Assertions.Expect(page.Page.Locator("ol.path .path-hop > blockquote")).ToHaveCountAsync(await hops.CountAsync());
        var passages = paths.EnumerateArray().Sum(p => p.GetProperty("hops").EnumerateArray().Sum(h => h.GetProperty("relationship").GetProperty("evidence").GetArrayLength()));
        await Assertions.Expect(hops.Locator("blockquote")).ToHaveCountAsync(passages);
        var firstHop = paths[0].GetProperty("hops")[0].GetProperty("relationship");
        await Assertions.Expect(page.Page.Locator($"ol.path .path-hop[data-fact='{firstHop.GetProperty("id").GetString()}'] blockquote").First)
            .ToHaveTextAsync(firstHop.GetProperty("evidence")[0].GetProperty("text").GetString()!);
        var drawn = (await page.NodesAsync("paths")).Select(n => n.Id).ToHashSet();
        Assert.Contains("askar-mussinov", drawn);
        Assert.Contains("saudi-arabia", drawn);
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Combobox, new() { Name = "From", Exact = true })).ToHaveValueAsync("Askar Mussinov");
        await page.ScreenshotAsync("paths");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_deep_link_restores_the_entity_the_depth_and_the_selected_fact_and_Back_goes_back()
    {
        var memberships = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan/relationships?type=MEMBER_OF&direction=outgoing");
        var id = memberships.GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("documentId").GetString() == "oic-interview-mussinov"))
            .GetProperty("id").GetString()!;

        await using var page = await fixture.OpenAsync($"?entity=kazakhstan&depth=2&edge={Uri.EscapeDataString(id)}");

        Assert.Equal("2", await page.Page.Locator("select[aria-label=Depth]").InputValueAsync());
        await Assertions.Expect(page.Page.GetByTestId("side-panel").Locator($"h2[data-fact='{id}']")).ToHaveCountAsync(1);
        await page.WaitUntilAsync("id => window.oicgraph.viewport('graph').selected.includes(id)", id, "the linked fact selected in the drawing");

        await page.ClickElementAsync("oic");
        await page.WaitUntilAsync("() => location.search.includes('node=oic')", what: "the URL to name the clicked entity");
        await page.Page.GoBackAsync();
        await page.WaitUntilAsync("id => new URLSearchParams(location.search).get('edge') === id", id, "Back to restore the fact");
        await Assertions.Expect(page.Page.GetByTestId("side-panel").Locator($"h2[data-fact='{id}']")).ToHaveCountAsync(1);
        page.AssertNoConsoleErrors();
    }
}
