using OicGraph.Graph.Cypher;
using static OicGraph.Cypher.Tests.CypherTestGraphs;

namespace OicGraph.Cypher.Tests;

/// <summary>CALL subqueries as Neo4j 5 runs them: per row, importing only their scope, unit or returning, at any depth.</summary>
public sealed class CallSubqueryTests
{
    private readonly CypherEngine _engine = new(new PropertyGraph());

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query, Dictionary<string, object?>? parameters = null, bool readOnly = false) =>
        _engine.Execute(query, parameters ?? [], new CypherExecutionOptions(ReadOnly: readOnly), CancellationToken.None).Rows;

    [Fact]
    public void A_unit_subquery_runs_once_per_row_and_leaves_the_rows_as_they_were()
    {
        var rows = Run("UNWIND [1, 2, 3] AS x CALL (x) { CREATE (:N {v: x}) CREATE (:N {v: x * 10}) } RETURN x ORDER BY x");

        Assert.Equal(new object?[] { 1L, 2L, 3L }, rows.Select(r => r[0]));
        Assert.Equal(6L, Run("MATCH (n:N) RETURN count(n)")[0][0]);
    }

    [Fact]
    public void A_returning_subquery_that_aggregates_gives_one_row_even_over_nothing()
    {
        var rows = Run("CALL () { UNWIND [] AS x CREATE (n:N {v: x}) RETURN collect(n) AS made } CALL () { UNWIND [1, 2] AS y RETURN sum(y) AS total } RETURN size(made), total");

        Assert.Equal(new object?[] { 0L, 3L }, Assert.Single(rows));
    }

    [Fact]
    public void Each_run_sees_the_writes_of_the_runs_before_it()
    {
        var rows = Run("UNWIND ['a', 'a', 'b'] AS k CALL (k) { MERGE (n:K {k: k}) ON CREATE SET n.created = true ON MATCH SET n.created = false RETURN n.created AS created } RETURN k, created");

        Assert.Equal(new object?[] { "a", true, "a", false, "b", true }, rows.SelectMany(r => r));
    }

    [Fact]
    public void A_returning_subquery_joins_every_result_with_its_row_and_drops_rows_it_returns_nothing_for()
    {
        Run("CREATE (:P {n: 1})-[:R]->(:Q {n: 10}), (:P {n: 2})");

        var rows = Run("MATCH (p:P) CALL (p) { MATCH (p)-[:R]->(q) RETURN q.n AS q } RETURN p.n, q");

        Assert.Equal(new object?[] { 1L, 10L }, Assert.Single(rows));
    }

    [Fact]
    public void The_form_without_a_scope_clause_imports_through_its_leading_with_and_otherwise_sees_nothing()
    {
        Run("CREATE (:P {n: 1}), (:P {n: 2})");

        Assert.Equal(new object?[] { 1L, 2L }, Run("MATCH (p:P) CALL { WITH p RETURN p.n * 1 AS m } RETURN m ORDER BY m").Select(r => r[0]));
        var error = Assert.Throws<CypherQueryException>(() => Run("MATCH (p:P) CALL { RETURN p.n AS m } RETURN m"));
        Assert.Contains("p", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_clause_imports_exactly_its_variables()
    {
        Assert.Throws<CypherQueryException>(() => Run("WITH 1 AS a, 2 AS b CALL (a) { RETURN b AS c } RETURN c"));
        Assert.Throws<CypherQueryException>(() => Run("WITH 1 AS a CALL (z) { RETURN 1 AS c } RETURN c"));
        Assert.Equal(new object?[] { 3L }, Assert.Single(Run("WITH 1 AS a, 2 AS b CALL (*) { RETURN a + b AS c } RETURN c")));
    }

    [Fact]
    public void Returned_columns_may_not_shadow_outer_variables_and_a_read_only_unit_subquery_is_refused()
    {
        Assert.Throws<CypherQueryException>(() => Run("WITH 1 AS a CALL () { RETURN 2 AS a } RETURN a"));
        Assert.Throws<CypherQueryException>(() => Run("WITH 1 AS a CALL (a) { MATCH (n) WITH n } RETURN a"));
    }

    [Fact]
    public void Subqueries_nest_and_union_inside_them()
    {
        var rows = Run("CALL () { CALL () { RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x } RETURN collect(x) AS xs } RETURN xs");

        Assert.Equal(new List<object?> { 1L, 2L }, Assert.Single(rows)[0]);
    }

    [Fact]
    public void A_write_inside_a_subquery_is_refused_in_read_only_execution()
    {
        Assert.Throws<CypherWriteRefusedException>(() => Run("CALL () { CREATE (:N) } RETURN 1 AS one", readOnly: true));
        Assert.Throws<CypherWriteRefusedException>(() => Run("CALL () { CALL () { MATCH (n) DETACH DELETE n } } RETURN 1 AS one", readOnly: true));
    }

    [Fact]
    public void In_transactions_is_a_clear_syntax_error()
    {
        var error = Assert.Throws<CypherQueryException>(() => Run("UNWIND [1] AS x CALL (x) { CREATE (:N) } IN TRANSACTIONS"));

        Assert.Contains("IN TRANSACTIONS", error.Message, StringComparison.Ordinal);
    }
}
