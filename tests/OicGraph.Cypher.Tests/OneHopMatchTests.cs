namespace OicGraph.Cypher.Tests;

/// <summary>
/// A pattern of one fixed-length relationship is matched by its own loop (Matcher.MatchOneHop); a one-step
/// variable-length pattern is not, so the two must give the same rows in the same order (the list of one relationship
/// aside) for every direction, a self-loop, a bound relationship, a start from either end and two patterns at once.
/// </summary>
public sealed class OneHopMatchTests
{
    private const string Graph =
        "CREATE (a:P {n: 'a'}), (b:P {n: 'b'}), (c:Q {n: 'c'}), " +
        "(a)-[:R {w: 1}]->(b), (b)-[:R {w: 2}]->(a), (a)-[:S {w: 3}]->(c), (c)-[:R {w: 4}]->(c), (b)-[:S {w: 5}]->(c)";

    private readonly CypherEngine _engine = new(new PropertyGraph());

    public OneHopMatchTests() => Run(Graph);

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query) =>
        _engine.Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None).Rows;

    public static TheoryData<string, string> Pairs => new()
    {
        // HOP is the hop written as one relationship, and then as a variable-length relationship of exactly one step.
        { "MATCH (x)HOP(y) RETURN x.n, y.n, r.w", "-[r]->" },
        { "MATCH (x)HOP(y) RETURN x.n, y.n, r.w", "<-[r]-" },
        { "MATCH (x)HOP(y) RETURN x.n, y.n, r.w", "-[r]-" },
        { "MATCH (x:P)HOP(y:Q) RETURN x.n, y.n, r.w", "-[r:S]-" },
        { "MATCH (x)HOP(x) RETURN x.n, r.w", "-[r]-" },
        { "MATCH (x:Q {n: 'c'})HOP(y:P) RETURN x.n, y.n, r.w", "-[r]-" },
        { "MATCH (x:P)HOP(y:Q {n: 'c'}) RETURN x.n, y.n, r.w", "-[r]->" },
        { "MATCH (x)HOP(y), (y)-[s:R]->(z) RETURN x.n, y.n, z.n, r.w, s.w", "-[r]-" },
        { "MATCH (x {n: 'a'})HOP(y) WITH x, y, r MATCH (x)HOP(y) RETURN x.n, y.n, r.w", "-[r]->" },
        { "MATCH (x)HOP(y) RETURN y.n, count(*) AS k ORDER BY y.n", "-[r:R]-" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void One_hop_gives_the_rows_a_one_step_variable_length_pattern_gives(string query, string hop)
    {
        var varLength = hop.Replace("[r", "[rs", StringComparison.Ordinal).Replace("]", "*1..1]", StringComparison.Ordinal);
        var general = query.Replace("r.w", "rs[0].w", StringComparison.Ordinal).Replace(", r MATCH", ", rs MATCH", StringComparison.Ordinal);

        var rows = Run(query.Replace("HOP", hop, StringComparison.Ordinal));
        var expected = Run(general.Replace("HOP", varLength, StringComparison.Ordinal));

        Assert.NotEmpty(rows);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void A_named_one_hop_path_holds_its_nodes_in_the_written_order_even_when_matched_from_the_far_end()
    {
        var path = Assert.Single(Run("MATCH p = (x:P)-[:S]->(y:Q {n: 'c'}) WHERE x.n = 'a' RETURN [n IN nodes(p) | n.n], [r IN relationships(p) | r.w]"));

        Assert.Equal(new object?[] { new List<object?> { "a", "c" }, new List<object?> { 3L } }, path);
    }
}
