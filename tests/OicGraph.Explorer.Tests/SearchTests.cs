using Microsoft.Playwright;

namespace OicGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class SearchTests(ExplorerFixture fixture)
{
    [BrowserFact]
    public async Task Search_in_Arabic_script_finds_Kazakhstan_first_and_Enter_draws_it()
    {
        await using var page = await fixture.OpenAsync();
        var box = page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search entities", Exact = true });
        await box.FillAsync("قازاقستاننىڭ");
        var first = page.Page.GetByRole(AriaRole.Listbox, new() { Name = "Search entities: results" }).GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-entity", "kazakhstan");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");

        await box.PressAsync("Enter");

        await page.WaitUntilAsync("() => location.search.includes('entity=kazakhstan') && window.oicgraph.nodes('graph').some(n => n.id === 'kazakhstan')", what: "Kazakhstan's neighbourhood");
        await Assertions.Expect(page.Page.Locator("[data-testid=side-panel] h2")).ToHaveTextAsync("Kazakhstan");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Search_in_Cyrillic_finds_Kazakhstan_and_the_keyboard_moves_through_the_ranked_hits()
    {
        await using var page = await fixture.OpenAsync();
        var box = page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search entities", Exact = true });
        await box.FillAsync("Қазақстанның");
        var options = page.Page.GetByRole(AriaRole.Listbox, new() { Name = "Search entities: results" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First).ToHaveAttributeAsync("data-entity", "kazakhstan");
        Assert.True(await options.CountAsync() > 1, "an inflected Cyrillic name also begins longer names, ranked below the exact one");

        await box.PressAsync("ArrowDown");
        await Assertions.Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", await options.Nth(1).GetAttributeAsync("id") ?? "");
        await box.PressAsync("End");
        await Assertions.Expect(options.Last).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("Home");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("ArrowDown");
        await box.PressAsync("ArrowUp");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("Enter");

        await page.WaitUntilAsync("() => window.oicgraph.nodes('graph').some(n => n.id === 'kazakhstan') && location.search.includes('entity=kazakhstan')", what: "Kazakhstan drawn");
        await page.ScreenshotAsync("search-kazakhstan");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Search_in_Latin_script_and_English_shows_the_hits_in_the_order_the_API_ranks_them()
    {
        await using var page = await fixture.OpenAsync();
        var box = page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search entities", Exact = true });
        var options = page.Page.GetByRole(AriaRole.Listbox, new() { Name = "Search entities: results" }).GetByRole(AriaRole.Option);
        // Astana between the two spellings of Kazakhstan, so each list is seen to be replaced by the next.
        foreach (var (query, first) in new[] { ("Qazaqstan", "kazakhstan"), ("Astana", "astana"), ("Kazakhstan", "kazakhstan") })
        {
            var ranked = await fixture.Host.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}&limit=12");
            var ids = ranked.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entity").GetProperty("id").GetString()!).ToList();
            Assert.Equal(first, ids.FirstOrDefault());

            await box.FillAsync(query);

            await Assertions.Expect(options.First).ToHaveAttributeAsync("data-entity", first);
            await Assertions.Expect(options).ToHaveCountAsync(ids.Count);
            var shown = await options.EvaluateAllAsync<System.Text.Json.JsonElement>("os => os.map(o => o.dataset.entity)");
            Assert.Equal(ids, shown.EnumerateArray().Select(e => e.GetString()!).ToList());
        }

        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Slash_focuses_the_search_box_and_Escape_closes_its_list()
    {
        await using var page = await fixture.OpenAsync();
        await page.Page.Keyboard.PressAsync("/");
        var box = page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search entities", Exact = true });
        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.Page.Keyboard.TypeAsync("Mussinov");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        page.AssertNoConsoleErrors();
    }
}
