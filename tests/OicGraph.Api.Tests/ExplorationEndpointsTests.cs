using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace OicGraph.Api.Tests;

public sealed class ExplorationEndpointsTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Paths_walk_from_one_entity_to_another_hop_by_hop_with_evidence()
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/paths?from=kazakhstan&to=saudi-arabia&maxDepth=4");

        var paths = result.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        var length = result.GetProperty("length").GetInt32();
        foreach (var path in paths)
        {
            var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
            var hops = path.GetProperty("hops").EnumerateArray().ToList();
            Assert.Equal(("kazakhstan", "saudi-arabia"), (nodes[0], nodes[^1]));
            Assert.Equal(length, hops.Count);
            for (var i = 0; i < hops.Count; i++)
            {
                var relationship = hops[i].GetProperty("relationship");
                var (from, to) = hops[i].GetProperty("forward").GetBoolean() ? ("source", "target") : ("target", "source");
                Assert.Equal(nodes[i], relationship.GetProperty(from).GetString());
                Assert.Equal(nodes[i + 1], relationship.GetProperty(to).GetString());
                Assert.NotEmpty(relationship.GetProperty("evidence").EnumerateArray());
            }
        }
    }

    [Theory]
    [InlineData("/api/paths?to=oic", "from")]
    [InlineData("/api/paths?from=oic", "to")]
    [InlineData("/api/paths?from=oic&to=kazakhstan&maxDepth=7", "maxDepth")]
    [InlineData("/api/graph?format=pdf", "format")]
    [InlineData("/api/graph?types=Planet", "types")]
    [InlineData("/api/graph?depth=9", "depth")]
    [InlineData("/api/timeline?from=last-year", "from")]
    [InlineData("/api/timeline?from=2020&to=2010", "from")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=x&type=Planet", "type")]
    public async Task Bad_exploration_queries_get_a_validation_problem_naming_the_field(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task Paths_to_an_unknown_entity_are_a_404_problem()
    {
        await (await _client.GetAsync("/api/paths?from=kazakhstan&to=atlantis")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_graph_exports_as_our_json_filtered_by_types()
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>("/api/graph?types=Country,City&relationshipTypes=CAPITAL_OF");

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("type").GetString(), new[] { "Country", "City" }));
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(graph.GetProperty("edges").EnumerateArray());
        Assert.All(graph.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Equal("CAPITAL_OF", e.GetProperty("type").GetString());
            Assert.Contains(e.GetProperty("source").GetString(), ids);
        });
    }

    [Fact]
    public async Task The_graph_exports_as_cytoscape_elements()
    {
        var elements = await _client.GetFromJsonAsync<JsonElement>("/api/graph?ids=kazakhstan&depth=1&format=cytoscape");

        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "kazakhstan" && n.GetProperty("label").GetString() == "Kazakhstan");
        Assert.All(elements.GetProperty("edges").EnumerateArray(), e =>
        {
            var data = e.GetProperty("data");
            Assert.Contains(nodes, n => n.GetProperty("id").GetString() == data.GetProperty("source").GetString());
            Assert.Contains(nodes, n => n.GetProperty("id").GetString() == data.GetProperty("target").GetString());
        });
    }

    [Fact]
    public async Task The_graph_exports_as_graphml_for_download()
    {
        var response = await _client.GetAsync("/api/graph?ids=kazakhstan&depth=1&format=graphml");

        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("oicgraph.graphml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodes = xml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Contains("kazakhstan", nodes);
        Assert.All(xml.Descendants(ns + "edge"), e => Assert.Contains((string)e.Attribute("source")!, nodes));
        Assert.Contains(xml.Descendants(ns + "data"), d => d.Value == "قازاقستان");
    }

    [Fact]
    public async Task The_graph_exports_as_a_zip_of_csv_nodes_and_edges()
    {
        var response = await _client.GetAsync("/api/graph?types=Country&format=csv");

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["edges.csv", "nodes.csv"], zip.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        using var nodes = new StreamReader(zip.GetEntry("nodes.csv")!.Open());
        var lines = (await nodes.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Label,Type", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("kazakhstan,Kazakhstan,Country", StringComparison.Ordinal));
        var edges = await _client.GetAsync("/api/graph?format=csv-edges");
        Assert.Equal("text/csv", edges.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_timeline_is_in_date_order_with_partial_dates_before_the_dates_they_contain()
    {
        var items = (await _client.GetFromJsonAsync<JsonElement>("/api/timeline")).EnumerateArray().ToList();
        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToList();

        Assert.NotEmpty(items);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(items, i => Assert.NotEmpty(i.GetProperty("relationship").GetProperty("evidence").EnumerateArray()));
        var kazakhstan = (await _client.GetFromJsonAsync<JsonElement>("/api/timeline?entity=kazakhstan&from=1990&to=1999")).EnumerateArray().ToList();
        Assert.Contains(kazakhstan, i => i.GetProperty("date").GetString() == "1995");
        Assert.All(kazakhstan, i => Assert.Contains("kazakhstan", i.GetProperty("entities").EnumerateArray().Select(e => e.GetString())));
        Assert.All(kazakhstan, i => Assert.InRange(string.CompareOrdinal(i.GetProperty("date").GetString(), "1990"), 0, int.MaxValue));
    }

    [Theory]
    [InlineData("قازاقستاننىڭ")]
    [InlineData("Қазақстанның")]
    [InlineData("Kazakhstan")]
    [InlineData("qazaqstan")]
    [InlineData("Қазақстан")]
    public async Task Search_ranks_kazakhstan_first_whatever_the_script(string query)
    {
        var result = await _client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}");

        var first = result.GetProperty("items")[0];
        Assert.Equal("kazakhstan", first.GetProperty("entity").GetProperty("id").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Theory]
    [InlineData("Kazakhstan", "Kazakhstan")]
    [InlineData("qazaqstan", "Qazaqstan")]
    [InlineData("Қазақстанның", "Қазақстан")]
    [InlineData("قازاقستاننىڭ", "قازاقستان")]
    public async Task Search_hits_show_the_name_that_matched_as_written_never_an_internal_key(string query, string name)
    {
        var result = await _client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}&limit=50");

        var hits = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(name, hits[0].GetProperty("matched").GetString());
        Assert.All(hits, hit =>
        {
            var entity = hit.GetProperty("entity");
            var names = entity.GetProperty("names").EnumerateObject().Select(n => n.Value.GetString())
                .Concat(entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()))
                .Append(entity.GetProperty("name").GetString());
            Assert.Contains(hit.GetProperty("matched").GetString(), names);
            Assert.DoesNotMatch("^[~=]", hit.GetProperty("matched").GetString()!);
        });
    }

    [Fact]
    public async Task Member_states_list_every_member_and_flag_the_interviews_disagreement()
    {
        var states = (await _client.GetFromJsonAsync<JsonElement>("/api/member-states")).EnumerateArray().ToList();

        Assert.Equal(57, states.Count(s => s.GetProperty("status").GetString() == "member"));
        Assert.Equal(5, states.Count(s => s.GetProperty("status").GetString() == "observer"));
        var kazakhstan = Assert.Single(states, s => s.GetProperty("country").GetProperty("id").GetString() == "kazakhstan");
        Assert.Equal(1995, kazakhstan.GetProperty("accession").GetInt32());
        Assert.True(kazakhstan.GetProperty("disagreement").GetBoolean());
        var claims = kazakhstan.GetProperty("claims").EnumerateArray().ToList();
        Assert.Contains(claims, c => c.GetProperty("since").GetString() == "1992" && c.GetProperty("sinceYear").GetInt32() == 1992 && c.GetProperty("documentId").GetString() == "oic-interview-mussinov");
        Assert.Contains(claims, c => c.GetProperty("since").GetString() == "1995" && c.GetProperty("documentKind").GetString() == "reference");
    }
}
