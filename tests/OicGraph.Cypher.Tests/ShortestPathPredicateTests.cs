namespace OicGraph.Cypher.Tests;

/// <summary>Neo4j applies a MATCH's path predicates during a shortest-path search, not to its result.</summary>
public sealed class ShortestPathPredicateTests
{
    private const string Endpoints = "MATCH (a:Person {id: 'askar'}), (b:Person {id: 'tokayev'}) ";

    private const string PeopleQuery = """
        WITH 'askar' AS fromId, 'tokayev' AS toId
        MATCH (a:Person {id: fromId}), (b:Person {id: toId})
        MATCH p = allShortestPaths((a)-[*..6]-(b))
        WHERE none(n IN nodes(p) WHERE n:Document)
        RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS facts, length(p) AS hops
        """;

    [Fact]
    public void Unconstrained_shortest_path_goes_through_the_document()
    {
        var rows = Run(Endpoints + "MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN [n IN nodes(p) | n.name] AS chain");

        Assert.Equal(new List<object?> { "Askar", "Article", "Tokayev" }, Assert.Single(rows)[0]);
    }

    [Fact]
    public void AllShortestPaths_returns_the_shortest_paths_that_avoid_documents()
    {
        var rows = Run(PeopleQuery);

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(3L, r[2]));
        var chains = rows.Select(r => string.Join(" > ", (IEnumerable<object?>)r[0]!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Askar > Xenia > Samruk > Tokayev", "Askar > Yerlan > Zhanna > Tokayev"], chains);
    }

    [Fact]
    public void ShortestPath_returns_one_satisfying_path()
    {
        var rows = Run(Endpoints + "MATCH p = shortestPath((a)-[*..6]-(b)) WHERE none(n IN nodes(p) WHERE n:Document) RETURN length(p)");

        Assert.Equal(3L, Assert.Single(rows)[0]);
    }

    [Theory]
    [InlineData("all(r IN relationships(p) WHERE type(r) <> 'MENTIONS')")]
    [InlineData("NOT any(r IN relationships(p) WHERE type(r) = 'MENTIONS')")]
    [InlineData("none(r IN rs WHERE type(r) = 'MENTIONS')")]
    [InlineData("size([n IN nodes(p) WHERE n:Document]) = 0")]
    [InlineData("a.name = 'Askar' AND length(p) > 2")]
    public void Relationship_list_and_general_path_predicates_are_applied_during_the_search(string predicate)
    {
        var rows = Run(Endpoints + $"MATCH p = allShortestPaths((a)-[rs*..6]-(b)) WHERE {predicate} RETURN length(p)");

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(3L, r[0]));
    }

    [Fact]
    public void A_predicate_on_the_length_finds_longer_paths()
    {
        var rows = Run(Endpoints + "MATCH p = allShortestPaths((a)-[*]-(b)) WHERE length(p) >= 4 RETURN [n IN nodes(p) | n.name]");

        Assert.Equal(new List<object?> { "Askar", "Q1", "Q2", "Q3", "Tokayev" }, Assert.Single(rows)[0]);
    }

    [Fact]
    public void Direction_and_types_still_apply()
    {
        var rows = Run(Endpoints
            + "MATCH p = shortestPath((a)-[:KNOWS*]->(b)) WHERE none(n IN nodes(p) WHERE n.name = 'Yerlan') RETURN length(p)");

        Assert.Equal(4L, Assert.Single(rows)[0]);
    }

    [Fact]
    public void No_satisfying_path_within_the_bound_gives_no_rows()
    {
        var rows = Run(Endpoints + "MATCH p = allShortestPaths((a)-[*..2]-(b)) WHERE none(n IN nodes(p) WHERE n:Document) RETURN p");
        var optional = Run(Endpoints
            + "OPTIONAL MATCH p = shortestPath((a)-[*..2]-(b)) WHERE none(n IN nodes(p) WHERE n:Document) RETURN p IS NULL");

        Assert.Empty(rows);
        Assert.Equal(true, Assert.Single(optional)[0]);
    }

    [Theory]
    [InlineData("length(p) > 100")]
    [InlineData("100 < length(p)")]
    [InlineData("any(n IN nodes(p) WHERE n.name = 'Nobody')")]
    public void A_path_predicate_that_never_holds_gives_no_rows(string predicate)
    {
        var rows = Run(Endpoints + $"MATCH p = shortestPath((a)-[*..6]-(b)) WHERE {predicate} RETURN p");
        var unbounded = Run(Endpoints + $"MATCH p = allShortestPaths((a)-[*]-(b)) WHERE {predicate} RETURN p");

        Assert.Empty(rows);
        Assert.Empty(unbounded);
    }

    [Fact]
    public void Length_bounds_in_the_predicate_narrow_the_search()
    {
        var rows = Run(Endpoints + "MATCH p = allShortestPaths((a)-[*]-(b)) WHERE length(p) = 3 OR length(p) = 4 RETURN length(p)");
        var exact = Run(Endpoints + "MATCH p = allShortestPaths((a)-[*]-(b)) WHERE 4 = length(p) RETURN length(p)");

        Assert.Equal(2, rows.Count);
        Assert.Equal(4L, Assert.Single(exact)[0]);
    }

    [Fact]
    public void The_path_pattern_may_come_first_in_the_match()
    {
        var rows = Run("""
            MATCH p = shortestPath((a)-[*..6]-(b)), (a:Person {id: 'askar'}), (b:Person {id: 'tokayev'})
            WHERE none(n IN nodes(p) WHERE n:Document)
            RETURN length(p)
            """);

        Assert.Equal(3L, Assert.Single(rows)[0]);
    }

    private static List<IReadOnlyList<object?>> Run(string query) =>
        new CypherEngine(Network()).Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None)
            .Rows.ToList();

    /// <summary>
    /// Askar and Tokayev are two hops apart through a document, three hops apart through Xenia and Samruk or through
    /// Yerlan and Zhanna, and four hops apart along a chain of KNOWS.
    /// </summary>
    private static PropertyGraph Network()
    {
        var graph = new PropertyGraph();
        long Node(string label, string name) =>
            graph.AddNode([label], new Dictionary<string, object?> { ["id"] = name.ToLowerInvariant(), ["name"] = name });
        void Rel(long from, long to, string type) => graph.AddRelationship(from, to, type, new Dictionary<string, object?>());

        var askar = Node("Person", "Askar");
        var tokayev = Node("Person", "Tokayev");
        var article = Node("Document", "Article");
        Rel(article, askar, "MENTIONS");
        Rel(article, tokayev, "MENTIONS");

        var xenia = Node("Person", "Xenia");
        var samruk = Node("Organisation", "Samruk");
        Rel(askar, xenia, "KNOWS");
        Rel(xenia, samruk, "WORKS_AT");
        Rel(tokayev, samruk, "WORKS_AT");

        var yerlan = Node("Person", "Yerlan");
        var zhanna = Node("Person", "Zhanna");
        Rel(askar, yerlan, "KNOWS");
        Rel(yerlan, zhanna, "KNOWS");
        Rel(zhanna, tokayev, "KNOWS");

        var previous = askar;
        foreach (var name in new[] { "Q1", "Q2", "Q3" })
        {
            var next = Node("Person", name);
            Rel(previous, next, "KNOWS");
            previous = next;
        }

        Rel(previous, tokayev, "KNOWS");
        return graph;
    }
}
