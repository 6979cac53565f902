using OicGraph.Graph.Cypher;
using OicGraph.Tests.Shared;

namespace OicGraph.Cypher.Tests;

/// <summary>A researcher's query must fail or be cancelled, never take the server's memory or time with it.</summary>
public sealed class ResourceSafetyTests
{
    private const long MiB = 1 << 20;

    /// <summary>Processor time a query may use after its token is cancelled: one tick of work at most, in practice far less.</summary>
    private static readonly TimeSpan StopBudget = TimeSpan.FromMilliseconds(500);

    private static readonly Dictionary<string, object?> NoParams = [];

    [Fact]
    public void A_billion_element_range_is_refused_quickly_without_allocating_it()
    {
        var (error, afterCancel, allocated) = Measure(
            "UNWIND range(1, 1000000000) AS x RETURN count(x)", TimeSpan.FromSeconds(1), new PropertyGraph());

        Assert.True(error is OperationCanceledException or TimeoutException or CypherQueryException, $"unexpected {error?.GetType().Name}");
        Assert.True(afterCancel < StopBudget, $"{afterCancel.TotalMilliseconds:F0} ms of processor time after the cancellation");
        Assert.True(allocated < 100 * MiB, $"allocated {allocated / MiB} MiB");
    }

    /// <summary>
    /// The runner's own timeout ends the work: a TimeoutException, not the count (which takes minutes), and not a hang
    /// (the test's timeout is only a guard against one, 60 times the query's).
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task The_query_runner_refuses_a_billion_element_range_within_its_timeout()
    {
        var runner = new CypherEngineQueryRunner(new CypherEngine(new PropertyGraph()));

        var error = await Record.ExceptionAsync(() => runner.RunReadOnlyAsync(
            new CypherQuery("UNWIND range(1, 1000000000) AS x RETURN count(x)", NoParams, 10, TimeSpan.FromSeconds(1))));

        Assert.True(error is TimeoutException or CypherQueryException, $"unexpected {error?.GetType().Name}");
    }

    [Theory]
    [InlineData("RETURN size(range(1, 10000001))")]
    [InlineData("RETURN size(range(-9223372036854775808, 9223372036854775807))")]
    [InlineData("RETURN size(reduce(s = 'ab', i IN range(1, 40) | s + s))")]
    [InlineData("RETURN size(reduce(s = 'ab', i IN range(1, 40) | replace(s, 'a', 'aa')))")]
    [InlineData("RETURN size(reduce(l = [1], i IN range(1, 40) | l + l))")]
    public void Lists_and_strings_past_the_cap_are_an_argument_error(string query)
    {
        var error = Assert.Throws<CypherQueryException>(() => Run(new PropertyGraph(), query));

        Assert.Equal("Neo.ClientError.Statement.ArgumentError", error.Code);
    }

    [Fact]
    public void A_range_at_the_cap_is_read_lazily()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var row = Assert.Single(Run(new PropertyGraph(), "WITH range(1, 10000000) AS r RETURN size(r), r[-1], r[4999999]").Rows);

        Assert.Equal(new object?[] { 10_000_000L, 10_000_000L, 5_000_000L }, row);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10 * MiB);
    }

    [Fact]
    public void Aggregates_stream_over_many_rows()
    {
        var row = Assert.Single(Run(
            new PropertyGraph(), "UNWIND range(1, 500000) AS x RETURN count(x), sum(x), avg(x), min(x), max(x), count(DISTINCT x % 3)").Rows);

        Assert.Equal(new object?[] { 500_000L, 125_000_250_000L, 250_000.5, 1L, 500_000L, 3L }, row);
    }

    [Fact]
    public void Sum_reports_integer_overflow_only_when_the_result_is_an_integer()
    {
        var error = Assert.Throws<CypherQueryException>(() =>
            Run(new PropertyGraph(), "UNWIND [9223372036854775807, 1] AS x RETURN sum(x)"));
        var mixed = Run(new PropertyGraph(), "UNWIND [9223372036854775807, 1, 0.5] AS x RETURN sum(x)").Rows[0][0];

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.IsType<double>(mixed);
    }

    [Fact]
    public void A_read_only_row_limit_stops_materialising_rows()
    {
        var engine = new CypherEngine(new PropertyGraph());
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = engine.Execute(
            "UNWIND range(1, 10000000) AS x RETURN x", NoParams, new CypherExecutionOptions(ReadOnly: true, RowLimit: 10), CancellationToken.None);

        Assert.Equal(10, result.Rows.Count);
        Assert.True(result.Truncated);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10 * MiB);
    }

    [Theory]
    [InlineData("MATCH (a), (b), (c) RETURN count(*)")]
    [InlineData("MATCH (a), (b), (c) RETURN a.i + b.i + c.i AS s ORDER BY s LIMIT 1")]
    [InlineData("MATCH (a), (b), (c) RETURN a.i % 10 AS k, max(c.i) AS top")]
    [InlineData("UNWIND range(1, 10000000) AS x UNWIND range(1, 10000000) AS y RETURN x % 7 AS k, sum(y)")]
    [InlineData("UNWIND range(1, 3000) AS x UNWIND range(1, 10000) AS y RETURN x * y AS p ORDER BY -p LIMIT 1")]
    [InlineData("RETURN reduce(s = 0, x IN range(1, 10000000) | s + size([y IN range(1, 1000) WHERE y % 2 = 0]))")]
    [InlineData("RETURN size(reduce(acc = [], x IN range(1, 10000000) | acc + x))")]
    public void Long_running_queries_stop_promptly_on_timeout(string query)
    {
        var graph = new PropertyGraph();
        for (var i = 0; i < 1000; i++)
        {
            graph.AddNode(["N"], new Dictionary<string, object?> { ["i"] = (long)i });
        }

        var (error, afterCancel, _) = Measure(query, TimeSpan.FromMilliseconds(500), graph);

        // Measured as the working thread's processor time between the cancellation and the throw, so neither a starved
        // thread pool (the timer firing late) nor other processes on a 2-core runner count against the engine.
        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.True(afterCancel < StopBudget, $"{afterCancel.TotalMilliseconds:F0} ms of processor time after the cancellation");
    }

    private static CypherResult Run(PropertyGraph graph, string query) =>
        new CypherEngine(graph).Execute(query, NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None);

    private static (Exception? Error, TimeSpan CpuAfterCancel, long Allocated) Measure(string query, TimeSpan timeout, PropertyGraph graph)
    {
        var engine = new CypherEngine(graph);
        return ThreadWork.AfterCancellation(timeout, token =>
            engine.Execute(query, NoParams, new CypherExecutionOptions(ReadOnly: true, RowLimit: 1000), token));
    }
}
