using System.Text.Json;
using Microsoft.Playwright;

namespace OicGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class EvidenceTests(ExplorerFixture fixture)
{
    private const string Interview = "oic-interview-mussinov";

    [BrowserFact]
    public async Task Clicking_a_MEMBER_OF_edge_shows_both_claims_and_highlights_the_interview_words_at_their_offsets()
    {
        await using var page = await fixture.OpenAsync("?entity=kazakhstan");
        var memberships = (await page.EdgesAsync()).Where(e => e.Type == "MEMBER_OF" && e.Source == "kazakhstan" && e.Target == "oic").ToList();
        Assert.Equal(2, memberships.Count);
        var facts = new List<JsonElement>();
        foreach (var edge in memberships)
        {
            facts.Add(await fixture.Host.Http.GetFromJsonAsync<JsonElement>($"/api/relationships/{Uri.EscapeDataString(edge.Id)}"));
        }

        var fromInterview = facts.Single(f => f.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("documentId").GetString() == Interview));
        var evidence = fromInterview.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("documentId").GetString() == Interview);
        var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
        var document = await fixture.Host.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{Interview}");
        var words = document.GetProperty("text").GetString()![start..end];

        await page.ClickElementAsync(memberships[0].Id);

        var panel = page.Page.GetByTestId("side-panel");
        await Assertions.Expect(panel.Locator("li.claim")).ToHaveCountAsync(2);
        await Assertions.Expect(panel.Locator(".claims-summary")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("disagreement"));
        // sinceYear repeats since, so the claims read as their dates alone.
        await Assertions.Expect(panel.Locator("li.claim strong").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^since 1992$") })).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("li.claim strong").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^since 1995$") })).ToHaveCountAsync(1);
        Assert.Contains("edge=", page.Page.Url, StringComparison.Ordinal);

        await panel.Locator($"li.claim[data-fact='{fromInterview.GetProperty("id").GetString()}'] button.show-source[data-document='{Interview}'][data-start='{start}']").ClickAsync();

        var mark = panel.Locator($".source-text[data-document='{Interview}'] mark.evidence");
        await Assertions.Expect(mark).ToHaveAttributeAsync("data-start", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(mark).ToHaveAttributeAsync("data-end", end.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(words, await mark.TextContentAsync());
        var text = panel.Locator($".source-text[data-document='{Interview}']");
        await Assertions.Expect(text).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(text).ToHaveAttributeAsync("lang", "kk-Arab");
        Assert.Contains("Noto Naskh Arabic", await text.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.Page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check(\"16px 'Noto Naskh Arabic'\", 'قازاقستان'); }"), "the Arabic-script font is loaded");
        await page.WaitUntilAsync(
            "() => { const m = document.querySelector('.source-text mark.evidence'), c = m.closest('.source-text'); const a = m.getBoundingClientRect(), b = c.getBoundingClientRect();"
            + " const below = a.top - b.top + c.scrollTop > c.clientHeight; return a.top >= b.top - 1 && a.top <= b.bottom && a.top >= 0 && a.top <= innerHeight && (!below || c.scrollTop > 0); }",
            what: "the source text scrolled to the marked words");
        await page.ScreenshotAsync("evidence-member-of");
        page.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task The_entity_panel_names_it_in_four_scripts_and_lists_its_facts_with_sources()
    {
        var expected = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/entities/kazakhstan");
        var names = expected.GetProperty("entity").GetProperty("names");

        await using var page = await fixture.OpenAsync("?entity=kazakhstan&node=kazakhstan");

        var panel = page.Page.GetByTestId("side-panel");
        foreach (var script in new[] { "en", "kk-Cyrl", "kk-Latn", "kk-Arab" })
        {
            await Assertions.Expect(panel.Locator($"td[data-script='{script}']")).ToHaveTextAsync(names.GetProperty(script).GetString()!);
        }

        await Assertions.Expect(panel.Locator("td[data-script='kk-Arab']")).ToHaveAttributeAsync("dir", "rtl");
        Assert.True(await panel.Locator(".facts a[data-fact]").CountAsync() >= 10);
        await Assertions.Expect(panel.Locator(".facts section h4", new() { HasTextString = "MEMBER_OF" })).ToHaveCountAsync(1);

        await panel.Locator(".facts a[data-fact]").First.ClickAsync();
        await Assertions.Expect(panel.Locator("h2[data-fact]")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator(".source-text mark.evidence")).ToHaveCountAsync(1);
        page.AssertNoConsoleErrors();
    }
}
