using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests;

/// <summary>
/// COUNT { } and COLLECT { } subquery expressions as Neo4j 5 documents them: correlated with the outer row without an
/// import, the outer variables visible past a WITH inside, COUNT's RETURN optional, COLLECT's one column mandatory,
/// no writes, no shadowing of an outer variable, a UNION inside.
/// </summary>
public sealed class SubqueryExpressionTests
{
    private const string Town =
        "CREATE (aigul:Person {name: 'Aigul'}), (bolat:Person {name: 'Bolat'}), (dana:Person {name: 'Dana'}), " +
        "(aigul)-[:OWNS {since: 2015}]->(:Dog {name: 'Tobet'}), " +
        "(bolat)-[:OWNS {since: 2012}]->(:Dog {name: 'Bars'}), (bolat)-[:OWNS {since: 2021}]->(:Dog {name: 'Aq'}), " +
        "(bolat)-[:OWNS {since: 2020}]->(:Cat {name: 'Mysyq'}), (dana)-[:KNOWS]->(bolat)";

    private readonly CypherEngine _engine = new(new PropertyGraph());

    public SubqueryExpressionTests() => Run(Town);

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query) =>
        _engine.Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None).Rows;

    public static TheoryData<string, object?[]> Results => new()
    {
        // A bare pattern, with and without WHERE, reading the outer variable without importing it.
        { "MATCH (p:Person) RETURN p.name, COUNT { (p)-[:OWNS]->(:Dog) } ORDER BY p.name", ["Aigul", 1L, "Bolat", 2L, "Dana", 0L] },
        { "MATCH (p:Person) WHERE COUNT { (p)-[:OWNS]->(d:Dog) WHERE d.name STARTS WITH 'B' } = 1 RETURN p.name", ["Bolat"] },
        { "MATCH (p:Person) WHERE COUNT { (p)-->() } > 1 RETURN p.name", ["Bolat"] },
        // A full query, its RETURN optional; with a RETURN the rows returned are counted.
        { "MATCH (p:Person {name: 'Bolat'}) RETURN COUNT { MATCH (p)-[r:OWNS]->(pet) WHERE r.since > 2013 }", [2L] },
        { "MATCH (p:Person {name: 'Bolat'}) RETURN COUNT { MATCH (p)-[:OWNS]->(pet) RETURN DISTINCT labels(pet) AS kind }", [2L] },
        { "MATCH (p:Person {name: 'Bolat'}) RETURN COUNT { MATCH (p)-[:OWNS]->(pet) RETURN count(pet) AS n }", [1L] },
        // The outer variable stays visible past a WITH inside (Neo4j: outer variables are visible for the entire subquery).
        { "MATCH (p:Person) WHERE COUNT { WITH 'Bars' AS wanted MATCH (p)-[:OWNS]->(d:Dog) WHERE d.name = wanted } = 1 RETURN p.name", ["Bolat"] },
        { "MATCH (p:Person {name: 'Aigul'}) RETURN COLLECT { WITH 1 AS one RETURN p.name + toString(one) AS tagged }", [new List<object?> { "Aigul1" }] },
        // COLLECT: the returned column's values in the subquery's order, an empty list when it has no row.
        { "MATCH (p:Person) RETURN p.name, COLLECT { MATCH (p)-[r:OWNS]->(d:Dog) RETURN d.name ORDER BY r.since } ORDER BY p.name", ["Aigul", new List<object?> { "Tobet" }, "Bolat", new List<object?> { "Bars", "Aq" }, "Dana", new List<object?>()] },
        { "MATCH (p:Person) WHERE 'Mysyq' IN COLLECT { MATCH (p)-[:OWNS]->(pet) RETURN pet.name } RETURN p.name", ["Bolat"] },
        { "MATCH (p:Person {name: 'Dana'}) RETURN COLLECT { MATCH (p)-[:KNOWS]->(f) RETURN COUNT { (f)-[:OWNS]->() } AS pets }", [new List<object?> { 3L }] },
        { "MATCH (p:Person {name: 'Bolat'}) RETURN size(COLLECT { MATCH (p)-[:OWNS]->(pet) WITH pet.name AS name WHERE name <> 'Aq' RETURN name })", [2L] },
        // A UNION inside: UNION removes the duplicates across its parts, UNION ALL keeps them.
        { "MATCH (p:Person {name: 'Bolat'}) RETURN COLLECT { MATCH (p)-[:OWNS]->(d:Dog) RETURN d.name AS pet UNION MATCH (p)-[:OWNS]->(c:Cat) RETURN c.name AS pet }", [new List<object?> { "Bars", "Aq", "Mysyq" }] },
        { "MATCH (p:Person {name: 'Bolat'}) RETURN COUNT { MATCH (p)-->(x) RETURN 'pet' AS k UNION MATCH (p)<--(x) RETURN 'pet' AS k }", [1L] },
        { "MATCH (p:Person {name: 'Bolat'}) RETURN COUNT { MATCH (p)-->(x) RETURN 'pet' AS k UNION ALL MATCH (p)<--(x) RETURN 'friend' AS k }", [4L] },
        // count() and collect() the functions are untouched by the new forms.
        { "MATCH (p:Person) RETURN count(*), size(collect(p.name))", [3L, 3L] },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void A_subquery_expression_gives_what_neo4j_documents(string query, object?[] expected)
    {
        Assert.Equal(expected, Run(query).SelectMany(row => row));
    }

    public static TheoryData<string, string> Errors => new()
    {
        { "MATCH (p:Person) RETURN COLLECT { MATCH (p)-[:OWNS]->(pet) }", "must end with a single return column" },
        { "MATCH (p:Person) RETURN COLLECT { (p)-[:OWNS]->() }", "must end with a single return column" },
        { "MATCH (p:Person) RETURN COLLECT { MATCH (p)-[:OWNS]->(pet) RETURN pet.name, pet }", "must end with a single return column" },
        { "MATCH (p:Person) RETURN COLLECT { MATCH (p)-[:OWNS]->(pet) RETURN * }", "must end with a single return column" },
        { "MATCH (p:Person) RETURN COUNT { CREATE (p)-[:OWNS]->(:Dog) }", "a COUNT subquery cannot update the graph" },
        { "MATCH (p:Person) RETURN COLLECT { MATCH (p)-->(x) SET x.seen = true RETURN x }", "a COLLECT subquery cannot update the graph" },
        { "WITH 'Bars' AS wanted MATCH (p:Person) RETURN COUNT { WITH 'Aq' AS wanted MATCH (p)-->(d {name: wanted}) }", "`wanted` is shadowing a variable" },
        { "MATCH (p:Person) RETURN COLLECT { MATCH (p)-->(d) RETURN d.name AS p }", "`p` is shadowing a variable" },
        { "MATCH (p:Person) RETURN COUNT { (p)-->(d) WHERE q.name = 'x' }", "`q` not defined" },
        { "MATCH (p:Person) RETURN COLLECT { MATCH (p)-->(x) RETURN x.name AS n UNION MATCH (p)<--(x) RETURN x.name AS n, x AS y }", "must end with a single return column" },
        { "MATCH (p:Person) RETURN COUNT { MATCH (p)-->(x) RETURN x AS n UNION MATCH (p)<--(x) RETURN x AS n UNION ALL RETURN p AS n }", "cannot mix UNION and UNION ALL" },
        { "MATCH (p:Person) RETURN COUNT { MATCH (p)-->(x) RETURN x AS n UNION MATCH (p)<--(x) RETURN x AS m }", "DifferentColumnsInUnion" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_subquery_expression_neo4j_refuses_is_refused_with_its_reason(string query, string reason)
    {
        var error = Assert.Throws<CypherQueryException>(() => Run(query));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_write_leaves_the_graph_as_it_was()
    {
        Assert.Throws<CypherQueryException>(() => Run("MATCH (p:Person) RETURN COUNT { CREATE (p)-[:OWNS]->(:Dog) }"));
        Assert.Equal(3L, Run("MATCH (d:Dog) RETURN count(d)")[0][0]);
    }
}
