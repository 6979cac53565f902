namespace OicGraph.Cypher.Tests;

/// <summary>
/// A read-only aggregation grouped by one property of a node remembers each node's group by the node
/// (QueryExecutor.NodePropertyKey); grouped by any other expression of the same value (coalesce) it looks every row's
/// key up. Both must give the same groups in the same order: nodes sharing a value share a group, nodes without the
/// property fall into the null group, and a relationship's property is grouped as before.
/// </summary>
public sealed class NodeKeyedGroupingTests
{
    private const string Graph =
        "CREATE (a:P {k: 'x', w: 1}), (b:P {k: 'y', w: 1.0}), (c:P {k: 'x', w: 2}), (d:P {w: 3}), (e:P {k: 'y'}), " +
        "(a)-[:R {t: 'u'}]->(b), (a)-[:R {t: 'v'}]->(c), (b)-[:R {t: 'u'}]->(c), (c)-[:R]->(d), (d)-[:R {t: 'v'}]->(e), " +
        "(e)-[:R {t: 'u'}]->(a), (b)-[:R {t: 'v'}]->(d), (c)-[:R {t: 'u'}]->(c)";

    private readonly CypherEngine _engine = new(new PropertyGraph());

    public NodeKeyedGroupingTests() => _engine.Execute(Graph, new Dictionary<string, object?>(), new CypherExecutionOptions(), CancellationToken.None);

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query) =>
        _engine.Execute(query, new Dictionary<string, object?>(), new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows;

    public static TheoryData<string> Queries => new()
    {
        // KEY is the grouping key written as a property of a node (remembered per node), then through coalesce (not).
        "MATCH (x)-[r]->(y) RETURN KEY(y.k) AS key, count(*) AS n, collect(x.k) AS froms",
        "MATCH (x)-[r]->(y) RETURN KEY(x.w) AS key, count(*) AS n, sum(coalesce(y.w, 0)) AS total",
        "MATCH (x)-[r]->(y) RETURN KEY(x.k) AS key, count(DISTINCT y) AS n ORDER BY n DESC, key",
        "MATCH (x)-[r]->(y) RETURN KEY(r.t) AS key, count(*) AS n",
        "MATCH (x)-[r]->(y) WITH KEY(y.k) AS key, count(*) AS n WHERE n > 1 RETURN key, n",
        "MATCH (x)-[r]->(y) WITH x, y ORDER BY y.w MATCH (y)-[s]->(z) RETURN KEY(z.k) AS key, collect(s.t) AS ts",
        "MATCH (x) OPTIONAL MATCH (x)-[:NONE]->(y) RETURN KEY(y.k) AS key, count(*) AS n",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Grouping_by_a_nodes_property_gives_the_groups_a_looked_up_key_gives(string query)
    {
        var remembered = Run(query.Replace("KEY(", "(", StringComparison.Ordinal));
        var lookedUp = Run(query.Replace("KEY(", "coalesce(", StringComparison.Ordinal));

        Assert.NotEmpty(remembered);
        Assert.Equal(lookedUp, remembered);
    }

    [Fact]
    public void Nodes_sharing_a_value_share_its_group()
    {
        var rows = Run("MATCH (x:P) RETURN x.k AS k, count(*) AS n ORDER BY k");

        Assert.Equal(new object?[] { "x", 2L, "y", 2L, null, 1L }, rows.SelectMany(r => r));
    }
}
