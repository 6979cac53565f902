using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests;

/// <summary><c>=~</c> matches whole strings, refuses patterns Neo4j would refuse, and cannot be made to run for ever.</summary>
public sealed class RegexTests
{
    private static readonly Dictionary<string, object?> NoParams = [];

    [Theory]
    [InlineData("'abc' =~ 'a.c'", true)]
    [InlineData("'abc' =~ 'b'", false)]
    [InlineData("'xabcx' =~ 'abc'", false)]
    [InlineData("'ab' =~ 'a|ab'", true)]
    [InlineData("'ABC' =~ '(?i)abc'", true)]
    [InlineData("'a\\nb' =~ '(?s)a.b'", true)]
    [InlineData("'abcabc' =~ '(abc)\\\\1'", true)]
    [InlineData("'ab' =~ '(?x)a b # a comment'", true)]
    [InlineData("'abz' =~ '(?x)ab # a comment'", false)]
    public void Matches_are_of_the_whole_string(string predicate, bool expected)
    {
        Assert.Equal(expected, Run($"RETURN {predicate}"));
    }

    [Theory]
    [InlineData("'a' =~ '['")]
    [InlineData("'xyz' =~ 'a)|(.*'")]
    [InlineData("'a' =~ '(?<'")]
    [InlineData("'a' =~ 'a\\\\'")]
    [InlineData("'a' =~ '*'")]
    public void An_invalid_pattern_is_a_semantic_error_not_a_crash_or_an_escape(string predicate)
    {
        var error = Assert.Throws<CypherQueryException>(() => Run($"RETURN {predicate}"));

        Assert.Equal("Neo.ClientError.Statement.SemanticError", error.Code);
        Assert.StartsWith("Invalid Regex:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A backtracking engine takes 2^5000 steps here, so it would end at the regex time limit with an error; a false
    /// answer is proof the pattern ran without backtracking (in time linear in the input), with no clock in the test.
    /// </summary>
    [Fact]
    public void A_catastrophic_pattern_runs_in_linear_time()
    {
        var matched = Run("RETURN reduce(s = '', i IN range(1, 5000) | s + 'a') + 'b' =~ '(a+)+c'");

        Assert.Equal(false, matched);
    }

    /// <summary>A lookahead needs the backtracking engine; the regex's own time limit ends the match with a query error.</summary>
    [Fact]
    public void A_catastrophic_pattern_that_needs_backtracking_stops_at_its_time_limit()
    {
        var error = Assert.Throws<CypherQueryException>(() =>
            Run("RETURN reduce(s = '', i IN range(1, 40) | s + 'a') + 'b' =~ '(a+)+(?=c)c'"));

        Assert.Contains("took longer than", error.Message, StringComparison.Ordinal);
    }

    private static object? Run(string query) =>
        new CypherEngine(new PropertyGraph()).Execute(query, NoParams, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows[0][0];
}
