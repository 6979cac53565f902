using System.Net;
using System.Text.Json;

namespace OicGraph.Api.Tests.Hostile;

/// <summary>
/// Attempts to write through the public Cypher endpoint, the ways an attacker tries them: every write clause, hidden in
/// EXISTS subqueries (to three levels), UNION parts, comprehensions, CASE, ORDER BY and pattern properties, with comments,
/// odd casing, Unicode look-alikes and invisible characters, backticks and procedures. None may change the graph.
/// </summary>
public sealed class WriteBypassTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private static readonly string[] Writes =
    [
        "CREATE (:Pwned {id: 'pwned'})",
        "MATCH (k:Entity {id: 'kazakhstan'}) SET k.name = 'PWNED'",
        "MATCH (k:Entity {id: 'kazakhstan'}) SET k += {name: 'PWNED'}",
        "MATCH (k:Entity {id: 'kazakhstan'}) SET k:Pwned",
        "MATCH (k:Entity {id: 'kazakhstan'}) REMOVE k:Entity",
        "MATCH (k:Entity {id: 'kazakhstan'}) REMOVE k.name",
        "MATCH (k) DETACH DELETE k",
        "MATCH ()-[r]->() DELETE r",
        "MERGE (:Pwned {id: 'merged'})",
        "MATCH (a:Entity {id: 'kazakhstan'}), (b:Entity {id: 'oic'}) CREATE (a)-[:PWNED]->(b)",
    ];

    private static readonly Func<string, string>[] Disguises =
    [
        w => w + " RETURN 1 AS x",
        w => $"MATCH (n) WHERE EXISTS {{ {w} }} RETURN n.id",
        w => $"MATCH (n) WHERE EXISTS {{ MATCH (n) WHERE EXISTS {{ {w} }} }} RETURN n.id",
        w => $"MATCH (n) WHERE EXISTS {{ MATCH (n) WHERE EXISTS {{ MATCH (m) WHERE EXISTS {{ {w} }} }} }} RETURN n.id",
        w => $"RETURN 1 AS x UNION {w} RETURN 1 AS x",
        w => $"MATCH (n) RETURN [x IN [1] WHERE EXISTS {{ {w} }}] AS xs",
        w => $"MATCH (n) RETURN CASE WHEN EXISTS {{ {w} }} THEN 1 END AS c",
        w => $"MATCH (n) RETURN n.id ORDER BY EXISTS {{ {w} }}",
        w => "/* read only */ " + w.Replace(" ", "/**/ ", StringComparison.Ordinal) + " RETURN 1 AS x",
        w => "// nothing to see\n" + Casing(w) + " RETURN 1 AS x",
    ];

    private static readonly string[] Specials =
    [
        "ＣＲＥＡＴＥ (:Pwned) RETURN 1", "СREATE (:Pwned) RETURN 1", "CRE\u200bATE (:Pwned) RETURN 1", "\u202eCREATE (:Pwned) RETURN 1",
        "`CREATE` (:Pwned) RETURN 1", "MATCH (n) `SET` n.x = 1 RETURN n", "RETURN 1; CREATE (:Pwned)", "RETURN '\\\\'; CREATE (:Pwned) //'",
        "CALL apoc.create.node(['Pwned'], {}) YIELD node RETURN node", "CALL `apoc`.`create`.`node`(['Pwned'], {})", "CALL db.createLabel('Pwned')",
        "CALL dbms.killQueries([])", "CALL apoc.cypher.runWrite('CREATE (:Pwned)', {})", "CALL { CREATE (:Pwned) } RETURN 1",
        "FOREACH (x IN [1] | CREATE (:Pwned))", "LOAD CSV FROM 'file:///etc/passwd' AS line CREATE (:Pwned)", "CREATE INDEX pwn FOR (n:Pwned) ON (n.id)",
        "DROP CONSTRAINT entity_id", "MATCH (n {name: EXISTS { MATCH (k) SET k:Pwned }}) RETURN n", "MATCH (n) WITH n WHERE EXISTS { MATCH (n)-->(m) MERGE (m)-[:PWNED]->(n) } RETURN n",
        "UNWIND [1] AS x CALL { WITH x CREATE (:Pwned) } RETURN x", "MATCH (n) RETURN EXISTS { UNWIND [1] AS x MATCH (k) DELETE k } AS gone",
        "USE system CREATE USER pwned SET PASSWORD 'x'", "EXPLAIN CREATE (:Pwned)", "PROFILE MATCH (n) DETACH DELETE n",
    ];

    public static TheoryData<string> Attempts => [.. AllAttempts()];

    private static IEnumerable<string> AllAttempts() => Writes.SelectMany(w => Disguises.Select(d => d(w))).Concat(Specials);

    [Fact]
    public void There_are_at_least_100_attempts() => Assert.True(AllAttempts().Count() >= 100, $"{AllAttempts().Count()} attempts");

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task A_write_attempt_is_refused_and_the_graph_is_unchanged(string query)
    {
        var client = factory.CreateClient();
        var before = await FingerprintAsync(client);

        var response = await client.PostAsJsonAsync("/api/cypher", new { query });

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{query}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await FingerprintAsync(client));
    }

    [Fact]
    public async Task A_parameter_cannot_smuggle_a_clause_into_the_query()
    {
        var client = factory.CreateClient();
        var before = await FingerprintAsync(client);

        var response = await client.PostAsJsonAsync("/api/cypher", new
        {
            query = "MATCH (n:Entity {id: $id}) RETURN n.id",
            parameters = new { id = "x'}) DETACH DELETE n //" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await FingerprintAsync(client));
    }

    private static string Casing(string write) =>
        string.Concat(write.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));

    /// <summary>Every node's labels and properties and every relationship's type and properties, as the Cypher view sees them.</summary>
    private static async Task<string> FingerprintAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/cypher", new
        {
            query = "MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH n, collect([type(r), properties(r)]) AS rels RETURN labels(n), properties(n), rels ORDER BY n.id",
            rowLimit = 10000,
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("rows").GetRawText() + (await client.GetStringAsync("/api/stats"));
    }
}
