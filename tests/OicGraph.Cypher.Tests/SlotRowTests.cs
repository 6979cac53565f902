using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Parsing;

namespace OicGraph.Cypher.Tests;

/// <summary>
/// Rows are arrays indexed by the statement's slot layout: a row must bind, unbind, copy and enumerate as the name-keyed
/// dictionary it replaced, a bound null must stay bound, and every variable the statement reads must find its slot.
/// </summary>
public sealed class SlotRowTests
{
    private static readonly SlotLayout Layout = SlotLayout.Plan(Parser.Parse("MATCH (a)-[r]->(b) RETURN a, r, b"));

    [Fact]
    public void A_bound_null_is_bound_and_an_unbound_slot_is_not()
    {
        var row = new Row(Layout) { ["a"] = null };

        Assert.True(row.TryGetValue("a", out var a));
        Assert.Null(a);
        Assert.False(row.ContainsKey("b"));
        Assert.Equal(["a"], row.Keys);
        Assert.True(row.Remove("a"));
        Assert.False(row.Remove("a"));
        Assert.Empty(row);
    }

    [Fact]
    public void A_copy_binds_what_its_source_bound_and_changes_apart_from_it()
    {
        var source = new Row(Layout) { ["a"] = 1L, ["b"] = "x" };

        var copy = new Row(source) { ["a"] = 2L };
        copy.Remove("b");

        Assert.Equal(1L, source["a"]);
        Assert.Equal("x", source["b"]);
        Assert.Equal(2L, copy["a"]);
        Assert.False(copy.ContainsKey("b"));
    }

    [Fact]
    public void A_name_the_plan_did_not_see_is_kept_by_name_and_copied()
    {
        Assert.Equal(-1, Layout.IndexOf("unplanned"));
        var row = new Row(Layout) { ["unplanned"] = 7L, ["r"] = "rel" };

        var copy = new Row(row);
        Assert.True(copy.Remove("unplanned"));

        Assert.Equal(7L, row["unplanned"]);
        Assert.Equal([new("r", (object?)"rel"), new("unplanned", (object?)7L)], row.ToList());
        Assert.False(copy.ContainsKey("unplanned"));
        Assert.False(row.TryAdd("unplanned", 8L));
        Assert.Throws<KeyNotFoundException>(() => copy["unplanned"]);
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n.x > 1 RETURN n")]
    [InlineData("UNWIND [1, 2] AS x RETURN [y IN range(1, x) WHERE y > 0 | y * x] AS ys")]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.k = n.k } RETURN n")]
    [InlineData("MATCH (n) CALL (n) { WITH n MATCH (n)-[r]->(m) RETURN m } RETURN reduce(s = 0, v IN [m] | s + 1) AS c")]
    [InlineData("MATCH p = (a)-->(b) RETURN [(a)-->(c) | c.name] AS names, length(p) AS hops")]
    public void Every_variable_the_statement_reads_is_given_the_slot_of_its_name(string statement)
    {
        var query = Parser.Parse(statement);

        var layout = SlotLayout.Plan(query);

        var variables = VariablesIn(query).ToList();
        Assert.NotEmpty(variables);
        Assert.All(variables, v => Assert.Equal(layout.IndexOf(v.Name), v.Slot));
        Assert.All(variables, v => Assert.True(v.Slot >= 0, v.Name));
    }

    private static IEnumerable<Variable> VariablesIn(Query query) =>
        query.Parts.SelectMany(part => part.Clauses).SelectMany(VariablesIn);

    private static IEnumerable<Variable> VariablesIn(Clause clause)
    {
        var expressions = ClauseWalker.Expressions(clause).Concat(ClauseWalker.Patterns(clause).SelectMany(ExprWalker.PatternExprs));
        foreach (var expr in expressions.SelectMany(ExprWalker.Descendants))
        {
            switch (expr)
            {
                case Variable variable:
                    yield return variable;
                    break;
                case SubqueryExpression subquery:
                    foreach (var inner in subquery.Body.Parts.SelectMany(part => part.Clauses).SelectMany(VariablesIn))
                    {
                        yield return inner;
                    }

                    break;
            }
        }

        if (clause is SubqueryCall call)
        {
            foreach (var inner in VariablesIn(call.Body))
            {
                yield return inner;
            }
        }
    }
}
