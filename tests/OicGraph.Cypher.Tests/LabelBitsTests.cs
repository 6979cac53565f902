namespace OicGraph.Cypher.Tests;

/// <summary>
/// A one-hop match tests its nodes' labels by the bits the graph gives its first 64 labels (NodeRecord.LabelBits); a
/// variable-length match tests them by name. Both must agree after labels are set and removed, for labels past the 64th
/// (which have no bit), and for a label first given while the statement runs.
/// </summary>
public sealed class LabelBitsTests
{
    private readonly CypherEngine _engine = new(new PropertyGraph());

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query) =>
        _engine.Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None).Rows;

    // The one-hop query and the same hop as a variable-length pattern of exactly one step.
    private void AssertSameAsByName(string pattern, string returns, int expectedRows)
    {
        var bits = Run($"MATCH {pattern.Replace("HOP", "-[r]->", StringComparison.Ordinal)} RETURN {returns} ORDER BY {returns}");
        var names = Run($"MATCH {pattern.Replace("HOP", "-[r*1..1]->", StringComparison.Ordinal)} RETURN {returns} ORDER BY {returns}");

        Assert.Equal(expectedRows, bits.Count);
        Assert.Equal(names, bits);
    }

    [Fact]
    public void Labels_set_and_removed_are_matched_as_by_name()
    {
        Run("CREATE (a:A {n: 1}), (b:A:B {n: 2}), (c:B {n: 3}), (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(a), (a)-[:R]->(c)");
        Run("MATCH (n {n: 1}) SET n:B");
        Run("MATCH (n {n: 2}) REMOVE n:B");

        AssertSameAsByName("(x:A)HOP(y:B)", "x.n, y.n", 2);
        AssertSameAsByName("(x:B)HOP(y:A:B)", "x.n, y.n", 1);
        AssertSameAsByName("(x)HOP(y:B)", "x.n, y.n", 3);
    }

    [Fact]
    public void Labels_past_the_64th_are_matched_by_name()
    {
        var labels = string.Join(", ", Enumerable.Range(0, 70).Select(i => $"(:L{i} {{n: {i}}})"));
        Run("CREATE " + labels);
        Run("MATCH (a {n: 65}), (b {n: 1}), (c {n: 66}) CREATE (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(a), (c)-[:R]->(b)");

        AssertSameAsByName("(x:L65)HOP(y:L1)", "x.n, y.n", 1);
        AssertSameAsByName("(x)HOP(y:L66)", "x.n, y.n", 1);
        AssertSameAsByName("(x:L66)HOP(y)", "x.n, y.n", 2);
        AssertSameAsByName("(x:L1)HOP(y:L65)", "x.n, y.n", 0);
    }

    [Fact]
    public void A_label_first_given_by_the_statement_is_matched_by_the_statements_later_match()
    {
        Run("CREATE (a {n: 1}), (b {n: 2}), (c {n: 3}), (a)-[:R]->(b), (b)-[:R]->(c)");

        var rows = Run("MATCH (x {n: 2}) SET x:Fresh WITH x MATCH (y)-[r]->(z:Fresh) RETURN y.n, z.n");

        Assert.Equal(new object?[] { 1L, 2L }, Assert.Single(rows));
    }
}
