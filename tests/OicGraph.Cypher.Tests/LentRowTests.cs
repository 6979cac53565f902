namespace OicGraph.Cypher.Tests;

/// <summary>
/// A MATCH lends its working row (one row, changed for each match) to a projection that reads each row once: one that
/// aggregates, or one with no WHERE whose ORDER BY names only its own columns. Every other projection must still get a
/// row of its own per match, so ORDER BY or WITH ... WHERE on the input's variables sees each match's bindings.
/// </summary>
public sealed class LentRowTests
{
    private const string Graph =
        "CREATE (a:P {n: 'a'}), (b:P {n: 'b'}), (c:P {n: 'c'}), " +
        "(a)-[:R {w: 3}]->(b), (b)-[:R {w: 1}]->(c), (c)-[:R {w: 2}]->(a), (a)-[:R {w: 5}]->(c)";

    private readonly CypherEngine _engine = new(new PropertyGraph());

    public LentRowTests() => Run(Graph);

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query) =>
        _engine.Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None).Rows;

    private static readonly object?[] ByWeight = ["b", "c", 1L, "c", "a", 2L, "a", "b", 3L, "a", "c", 5L];

    public static TheoryData<string, object?[]> Queries => new()
    {
        // Lent: the sort reads only the projected columns.
        { "MATCH (x)-[r]->(y) RETURN x.n AS from, y.n AS to, r.w AS w ORDER BY w", ByWeight },
        { "MATCH (x)-[r]->(y) WITH x.n AS from, y.n AS to, r.w AS w ORDER BY w RETURN from, to, w", ByWeight },
        { "MATCH (x)-[r]->(y) RETURN DISTINCT x.n AS from ORDER BY from", ["a", "b", "c"] },
        // Not lent: the sort or the filter reads the input's variables after projecting.
        { "MATCH (x)-[r]->(y) RETURN x.n AS from, y.n AS to, r.w AS w ORDER BY r.w", ByWeight },
        { "MATCH (x)-[r]->(y) RETURN x.n AS from, y.n AS to, r.w AS w ORDER BY y.n DESC, x.n DESC", ["b", "c", 1L, "a", "c", 5L, "a", "b", 3L, "c", "a", 2L] },
        { "MATCH (x)-[r]->(y) WITH x.n AS from, r.w AS w WHERE y.n = 'c' RETURN from, w ORDER BY w", ["b", 1L, "a", 5L] },
        { "MATCH (x)-[r]->(y) WITH x, r.w AS w ORDER BY y.n, w RETURN x.n, w", ["c", 2L, "a", 3L, "b", 1L, "a", 5L] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Each_projection_sees_every_match_with_its_own_bindings(string query, object?[] expected)
    {
        Assert.Equal(expected, Run(query).SelectMany(row => row));
    }
}
