using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests;

/// <summary>
/// No query may drive the parser, the checker or the evaluator to the end of the thread's stack: that is a crash of the
/// whole process, not an error. Each family of nesting is run at its limit (it must work on a 1 MiB stack, a sixth of what
/// the server's threads have here) and far past it (it must be refused, on a stack of 256 KiB).
/// </summary>
public sealed class NestingLimitTests
{
    private const int SmallStack = 256 * 1024;
    private const int ModestStack = 1024 * 1024;

    private static readonly int Nesting = CypherLimits.MaxNestingDepth;

    private static readonly Dictionary<string, object?> NoParams = [];

    public static TheoryData<string, string, string> Families => new()
    {
        { "parentheses", Nested(Nesting - 1, "(", "1", ")"), Nested(5450, "(", "1", ")") },
        { "lists", Nested(CypherLimits.MaxValueDepth, "[", "1", "]"), Nested(20_000, "[", "1", "]") },
        { "maps", Nested(CypherLimits.MaxValueDepth, "{a: ", "1", "}"), Nested(20_000, "{a: ", "1", "}") },
        { "NOT", Repeat("NOT ", Nesting - 2) + "true", Repeat("NOT ", 50_000) + "true" },
        { "unary minus", Repeat("- ", Nesting - 2) + "1", Repeat("- ", 50_000) + "1" },
        { "function calls", Nested(Nesting - 1, "abs(", "1", ")"), Nested(20_000, "abs(", "1", ")") },
        { "CASE", Nested(Nesting - 1, "CASE WHEN true THEN ", "1", " END"), Nested(20_000, "CASE WHEN true THEN ", "1", " END") },
        { "list comprehensions", Nested(Nesting / 2 - 1, "[x IN ", "[1]", " | x]"), Nested(10_000, "[x IN ", "[1]", " | x]") },
        { "operator chains", "1" + Repeat(" + 1", CypherLimits.MaxExpressionDepth - 3), "1" + Repeat(" + 1", 20_000) },
        { "boolean chains", "true" + Repeat(" AND true", CypherLimits.MaxExpressionDepth - 3), "true" + Repeat(" OR true", 20_000) },
        { "index chains", "[1]" + Repeat("[0..]", CypherLimits.MaxExpressionDepth - 3), "[1]" + Repeat("[0]", 20_000) },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void A_query_at_the_limit_runs_on_a_modest_stack(string family, string atLimit, string _)
    {
        var outcome = OnThread(ModestStack, () => Run("RETURN " + atLimit));

        Assert.True(outcome is CypherResult, $"{family}: {outcome}");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void A_query_far_past_the_limit_is_a_syntax_error_naming_the_limit(string family, string _, string pastLimit)
    {
        var outcome = OnThread(ModestStack, () => Run("RETURN " + pastLimit));

        var error = Assert.IsType<CypherQueryException>(outcome);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("limit)", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(family));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void A_query_far_past_the_limit_is_refused_without_a_crash_even_on_a_small_stack(string family, string _, string pastLimit)
    {
        // On a stack this small the stack probe may trip before the limit does; either way it is a query error.
        var outcome = OnThread(SmallStack, () => Run("RETURN " + pastLimit));

        Assert.True(outcome is CypherQueryException, $"{family}: {outcome}");
    }

    [Fact]
    public void Nesting_one_level_past_the_limit_is_refused_with_its_position()
    {
        var error = Assert.Throws<CypherQueryException>(() => Run("RETURN " + Nested(Nesting + 1, "(", "1", ")")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains($"deeper than {Nesting} levels (the nesting limit)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Exists_subqueries_nest_to_the_limit_and_no_further()
    {
        var atLimit = "MATCH (n) WHERE " + Nested(Nesting / 2 - 1, "EXISTS { MATCH (m) WHERE ", "true", " }") + " RETURN count(n)";
        var pastLimit = "MATCH (n) WHERE " + Nested(5000, "EXISTS { MATCH (m) WHERE ", "true", " }") + " RETURN count(n)";

        Assert.IsType<CypherResult>(OnThread(ModestStack, () => Run(atLimit, Chain(3))));
        var error = Assert.IsType<CypherQueryException>(OnThread(ModestStack, () => Run(pastLimit, Chain(3))));
        Assert.Contains("the nesting limit", error.Message, StringComparison.Ordinal);

        // On a small stack the probe may trip before the limit does: how deep a frame is depends on whether the JIT has
        // optimised the parser yet (unoptimised frames are larger), which depends on what ran before. Either is an error.
        Assert.IsType<CypherQueryException>(OnThread(SmallStack, () => Run(pastLimit, Chain(3))));
    }

    [Fact]
    public void A_pattern_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<CypherQueryException>(() =>
            Run("MATCH (a)" + Repeat("-->()", CypherLimits.MaxPatternLength + 1) + " RETURN count(a)"));

        Assert.Contains("the pattern length limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_built_deeper_than_the_value_depth_limit_are_refused_where_they_are_built()
    {
        var depth = CypherLimits.MaxValueDepth;

        var atLimit = Run($"RETURN reduce(a = 1, i IN range(1, {depth}) | [a]) AS v").Rows[0][0];
        var nested = Assert.Throws<CypherQueryException>(() => Run("RETURN size(reduce(a = [], i IN range(1, 100000) | [a]))"));
        var maps = Assert.Throws<CypherQueryException>(() => Run("RETURN size(keys(reduce(m = {}, i IN range(1, 100000) | {m: m})))"));
        var collected = Assert.Throws<CypherQueryException>(() => Run($"WITH reduce(a = 1, i IN range(1, {depth}) | [a]) AS v RETURN collect(v)"));
        var appended = Assert.Throws<CypherQueryException>(() => Run($"WITH reduce(m = 1, i IN range(1, {depth}) | {{m: m}}) AS deep RETURN [] + deep"));

        Assert.Equal(depth, Depth(atLimit));
        Assert.All([nested, maps, collected, appended], e =>
        {
            Assert.Equal("Neo.ClientError.Statement.ArgumentError", e.Code);
            Assert.Contains($"deeper than {depth} levels (the limit on value depth)", e.Message, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// Read naively, each level of these is parsed twice (once as the first reading, again as the second), so the work
    /// doubles per level. Twice the nesting must cost about twice the work: counted as bytes allocated (every attempt
    /// builds expression nodes), which no load on the machine can change.
    /// </summary>
    [Theory]
    [InlineData("[x IN ", "[1, 2]", ", 1]")]
    [InlineData("[(a)-->(b) WHERE ", "true", " | 1, 2]")]
    [InlineData("[x IN ", "[1]", " WHERE (x)]")]
    public void Nested_constructs_the_parser_reads_two_ways_parse_in_linear_time(string open, string inner, string close)
    {
        Record.Exception(() => Run("RETURN " + Nested(3, open, inner, close)));
        var ten = ParseWork(Nested(10, open, inner, close));
        var twenty = ParseWork(Nested(20, open, inner, close));
        var deep = ParseWork(Nested(45, open, inner, close));

        Assert.True(twenty <= ten * 3, $"20 levels allocated {twenty:N0} bytes against {ten:N0} for 10 (exponential would be ~1000x)");
        Assert.True(deep <= ten * 8, $"45 levels allocated {deep:N0} bytes against {ten:N0} for 10");
    }

    private static long ParseWork(string expression)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Record.Exception(() => Run("RETURN " + expression));
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_variable_length_path_as_long_as_the_graph_does_not_recurse()
    {
        const int Length = 20_000;
        var graph = Chain(Length + 1);

        var outcome = OnThread(SmallStack, () => new CypherEngine(graph).Execute(
            $"MATCH (a:N {{id: 0}})-[*{Length}]->(b) RETURN b.id", NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None));

        var result = Assert.IsType<CypherResult>(outcome);
        Assert.Equal((long)Length, Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public void An_unterminated_block_comment_is_a_syntax_error()
    {
        var error = Assert.Throws<CypherQueryException>(() => Run("RETURN 1 /* MATCH (n) DETACH DELETE n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Unterminated comment", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, Run("RETURN 1 /* closed */").Rows[0][0]);
    }

    [Theory]
    [InlineData("MATCH (a)-[*99999999999]->(b) RETURN a")]
    [InlineData("MATCH (a)-[*0x10]->(b) RETURN a")]
    public void Hop_counts_that_are_not_small_decimals_are_syntax_errors(string query)
    {
        var error = Assert.Throws<CypherQueryException>(() => Run(query));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    internal static string Nested(int levels, string open, string inner, string close) =>
        Repeat(open, levels) + inner + Repeat(close, levels);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static CypherResult Run(string query, PropertyGraph? graph = null) =>
        new CypherEngine(graph ?? new PropertyGraph()).Execute(query, NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None);

    private static PropertyGraph Chain(int nodes)
    {
        var graph = new PropertyGraph();
        var previous = -1L;
        for (var i = 0; i < nodes; i++)
        {
            var node = graph.AddNode(["N"], new Dictionary<string, object?> { ["id"] = (long)i });
            if (previous >= 0)
            {
                graph.AddRelationship(previous, node, "NEXT", new Dictionary<string, object?>());
            }

            previous = node;
        }

        return graph;
    }

    private static int Depth(object? value) => value is IReadOnlyList<object?> list ? 1 + list.Select(Depth).DefaultIfEmpty(0).Max() : 0;

    /// <summary>Runs <paramref name="work"/> on a thread with the given stack and returns its result or its exception.</summary>
    private static object? OnThread(int stackBytes, Func<object?> work)
    {
        object? outcome = null;
        var thread = new Thread(() =>
        {
            try
            {
                outcome = work();
            }
            catch (Exception error)
            {
                outcome = error;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        return outcome;
    }
}
