using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class CypherEndpointTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_parameterised_query_answers_columns_and_rows()
    {
        var response = await _client.PostAsJsonAsync("/api/cypher", new
        {
            query = "MATCH (c:Country)-[m:MEMBER_OF]->(o:Entity {id: $oic}) WHERE c.id = $country RETURN c.name AS country, m.since AS since ORDER BY since",
            parameters = new { oic = "oic", country = "kazakhstan" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["country", "since"], result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r[0].GetString() == "Kazakhstan" && r[1].GetString() == "1995");
        Assert.False(result.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Nodes_and_relationships_come_back_as_drawable_graph_elements()
    {
        var response = await _client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (c:Country {id: 'kazakhstan'})-[r:CAPITAL_OF]-(city) RETURN c, r, city" });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var row = result.GetProperty("rows")[0];
        Assert.Equal("node", row[0].GetProperty("kind").GetString());
        Assert.Contains("Country", row[0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Kazakhstan", row[0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("relationship", row[1].GetProperty("kind").GetString());
        Assert.Equal("CAPITAL_OF", row[1].GetProperty("type").GetString());
        Assert.Equal(2, result.GetProperty("graph").GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, result.GetProperty("graph").GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task Mentions_lead_back_to_the_words_of_the_document()
    {
        var response = await _client.PostAsJsonAsync("/api/cypher", new
        {
            query = "MATCH (d:Document {id: 'oic-interview-mussinov'})-[m:MENTIONS]->(e:Entity {id: 'kazakhstan'}) RETURN m.start AS first, m.end AS past, m.text AS words ORDER BY first LIMIT 3",
        });

        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().ToList();
        var text = (await _client.GetFromJsonAsync<JsonElement>("/api/documents/oic-interview-mussinov")).GetProperty("text").GetString()!;
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(text[r[0].GetInt32()..r[1].GetInt32()], r[2].GetString()));
    }

    [Fact]
    public async Task The_row_limit_truncates_and_says_so()
    {
        var response = await _client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (c:Country) RETURN c.id", rowLimit = 2 });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("rows").GetArrayLength());
        Assert.True(result.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData("CREATE (n:Entity {id: 'x'}) RETURN n")]
    [InlineData("MATCH (n:Entity {id: 'kazakhstan'}) SET n.name = 'X'")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MERGE (n:Entity {id: 'x'})")]
    public async Task Writes_are_refused_with_a_403_problem_and_change_nothing(string query)
    {
        var before = await _client.GetStringAsync("/api/stats");

        var response = await _client.PostAsJsonAsync("/api/cypher", new { query });

        await response.AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal(before, await _client.GetStringAsync("/api/stats"));
    }

    [Fact]
    public async Task A_syntax_error_is_a_400_problem_with_the_position()
    {
        var response = await _client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (n RETURN n" });

        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Contains("line 1", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_over_its_timeout_is_cancelled_with_a_504_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a), (b), (c) WHERE a.id < b.id AND b.id < c.id RETURN count(*)", timeoutSeconds = 1 });

        await response.AssertProblem(HttpStatusCode.GatewayTimeout);
    }

    [Theory]
    [InlineData("{\"query\": \"\"}", "query")]
    [InlineData("{\"query\": \"RETURN 1\", \"rowLimit\": 0}", "rowLimit")]
    [InlineData("{\"query\": \"RETURN 1\", \"timeoutSeconds\": 600}", "timeoutSeconds")]
    [InlineData("{\"query\": \"RETURN $x\", \"parameters\": {\"1x\": 1}}", "parameters")]
    public async Task Invalid_requests_get_a_validation_problem(string json, string field)
    {
        var response = await _client.PostAsync("/api/cypher", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.NotEmpty((await response.AssertProblem(HttpStatusCode.BadRequest)).ErrorsFor(field));
    }
}
