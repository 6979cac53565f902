using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests;

/// <summary>
/// ORDER BY with a LIMIT keeps only SKIP + LIMIT rows while the rows stream in (StreamedSelection); without a LIMIT every
/// row is gathered and sorted. So the same query with SKIP/LIMIT must give exactly the slice of the unlimited query's rows
/// (ties in input order, as a stable sort leaves them), and report the error the gathering path reports.
/// </summary>
public sealed class StreamedOrderByTests
{
    // 30 rows, keys with many ties, nulls, mixed numbers, a string among the numbers, strings only, integers only.
    private const string Rows =
        "UNWIND range(0, 29) AS i WITH i, i % 4 AS k, CASE WHEN i % 7 = 0 THEN null WHEN i % 5 = 0 THEN 1.0 ELSE i % 3 END AS v, " +
        "CASE WHEN i = 13 THEN 'x' ELSE i % 2 END AS m, 'ق' + toString((i * 7) % 12) AS s, (i * 5) % 9 - 4 AS z ";

    private readonly CypherEngine _engine = new(new PropertyGraph());

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query) =>
        _engine.Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None).Rows;

    public static TheoryData<string> Sorts => new()
    {
        "RETURN i, k ORDER BY k",
        "RETURN i, k ORDER BY k DESC",
        "RETURN i, v ORDER BY v",
        "RETURN i, v ORDER BY v DESC, k",
        "RETURN i, m ORDER BY m DESC",
        "RETURN i ORDER BY k, v DESC",
        "RETURN DISTINCT k, v ORDER BY v, k",
        "RETURN k, count(*) AS n, collect(i) AS ids ORDER BY n DESC, k",
        "WITH k, i ORDER BY k DESC RETURN k, i",
        // Columns of only integers or only strings are compared unboxed when every row is gathered (SortedSelection).
        "RETURN i, s ORDER BY s",
        "RETURN i, z, s ORDER BY z DESC, s",
        "RETURN i, s, k ORDER BY s DESC, k",
        "RETURN i, z ORDER BY z, i DESC",
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public void A_limited_sort_gives_the_slice_of_the_unlimited_sort(string sort)
    {
        var all = Run(Rows + sort);
        Assert.True(all.Count > 3);
        foreach (var (skip, limit) in new[] { (0, 1), (0, 3), (0, 7), (2, 5), (5, 0), (0, all.Count), (3, all.Count + 10), (all.Count, 2) })
        {
            var limited = Run($"{Rows}{sort} SKIP {skip} LIMIT {limit}");
            Assert.Equal(all.Skip(skip).Take(limit), limited);
        }
    }

    [Fact]
    public void A_limited_sort_inside_a_subquery_gives_each_outer_rows_slice()
    {
        // The subquery's projected rows start as copies of the outer row, and a dropped one is reused for the next.
        const string Query = "UNWIND [1, 2, 3] AS o CALL (o) { UNWIND range(1, 20) AS i RETURN i, o * i % 7 AS w ORDER BY w DESC, i";

        var limited = Run(Query + " LIMIT 4 } RETURN o, i, w");
        var all = Run(Query + " } RETURN o, i, w");

        Assert.Equal(12, limited.Count);
        Assert.Equal(all.GroupBy(r => r[0]).SelectMany(g => g.Take(4)), limited);
    }

    [Fact]
    public void Equal_keys_keep_the_input_order()
    {
        var rows = Run("UNWIND range(1, 50) AS i RETURN i, 0 AS k ORDER BY k LIMIT 5");

        Assert.Equal(new object?[] { 1L, 2L, 3L, 4L, 5L }, rows.Select(r => r[0]));
    }

    [Fact]
    public void A_later_rows_error_wins_over_an_earlier_rows_key_error_as_when_every_row_is_gathered()
    {
        // Row 1's key divides by zero; row 2's own column reads a property of an integer. Gathering projects every row
        // before any key, so the type error comes first.
        const string Query = "UNWIND [0, 1] AS x RETURN CASE WHEN x = 1 THEN x.foo ELSE 0 END AS y ORDER BY 1 / x";

        var gathered = Assert.Throws<CypherQueryException>(() => Run(Query));
        var streamed = Assert.Throws<CypherQueryException>(() => Run(Query + " LIMIT 1"));

        Assert.Equal("Neo.ClientError.Statement.TypeError", gathered.Code);
        Assert.Equal(gathered.Code, streamed.Code);
        Assert.Equal(gathered.Message, streamed.Message);
    }

    [Fact]
    public void A_key_error_is_reported_when_no_row_fails()
    {
        var error = Assert.Throws<CypherQueryException>(() => Run("UNWIND [1, 0, 2] AS x RETURN x ORDER BY 1 / x LIMIT 1"));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
    }

    [Fact]
    public void A_negative_limit_is_still_refused()
    {
        var error = Assert.Throws<CypherQueryException>(() => Run("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x LIMIT -1"));

        Assert.Contains("NegativeIntegerArgument", error.Message, StringComparison.Ordinal);
    }
}
