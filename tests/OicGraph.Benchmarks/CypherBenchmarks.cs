using BenchmarkDotNet.Attributes;
using OicGraph.Cypher;

namespace OicGraph.Benchmarks;

/// <summary>One hop from an entity looked up by id, on a graph the size of the seeded one (~200 entities, ~300 facts).</summary>
[MemoryDiagnoser]
public class CypherOneHopBenchmarks
{
    private const string Query = "MATCH (e:Entity {id: $id})-[r]-(n:Entity) RETURN n.id AS id, type(r) AS type, n.name AS name";

    private CypherEngine _engine = null!;
    private Dictionary<string, object?> _parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CypherEngine(CypherGraphs.Generate(nodes: 200, relationships: 300, seed: 7));
        _parameters = new Dictionary<string, object?> { ["id"] = "e42" };
    }

    [Benchmark]
    public int OneHop() => _engine.Execute(Query, _parameters, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows.Count;
}

/// <summary>Two outgoing hops from one entity on a generated graph of 100k nodes and 1M relationships.</summary>
[MemoryDiagnoser]
public class CypherTwoHopBenchmarks
{
    private const string Query = "MATCH (a:Entity {id: $id})-[:R1|R2|R3]->(b)-[]->(c:Entity) RETURN count(DISTINCT c) AS reached";

    private CypherEngine _engine = null!;
    private Dictionary<string, object?> _parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CypherEngine(CypherGraphs.Generate(nodes: 100_000, relationships: 1_000_000, seed: 11));
        _parameters = new Dictionary<string, object?> { ["id"] = "e4242" };
    }

    [Benchmark]
    public object? TwoHop() => _engine.Execute(Query, _parameters, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows[0][0];
}

/// <summary>
/// Aggregation over 100k matched rows (issue #13: ≤ 20 ms): 1,000 documents each mentioning 100 of 2,000 entities,
/// grouped by entity, a plain count, and avg/collect over a relationship property.
/// </summary>
[MemoryDiagnoser]
public class CypherAggregationBenchmarks
{
    private CypherEngine _engine = null!;
    private readonly Dictionary<string, object?> _none = [];

    [GlobalSetup]
    public void Setup() => _engine = new CypherEngine(CypherGraphs.Mentions(documents: 1_000, entities: 2_000, mentionsPerDocument: 100, seed: 5));

    [Benchmark]
    public object? GroupedCount() => _engine.Execute(
        "MATCH (d:Document)-[:MENTIONS]->(e:Entity) RETURN e.id AS id, count(d) AS documents ORDER BY documents DESC, id LIMIT 10",
        _none, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows[0][1];

    [Benchmark]
    public object? Count() => _engine.Execute(
        "MATCH (:Document)-[m:MENTIONS]->(:Entity) RETURN count(m) AS mentions",
        _none, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows[0][0];

    [Benchmark]
    public object? AverageAndCollect() => _engine.Execute(
        "MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN avg(m.count) AS mean, size(collect(e.id)) AS ids",
        _none, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None).Rows[0][0];
}

internal static class CypherGraphs
{
    /// <summary>Documents that each mention distinct random entities, as the store's MENTIONS relationships.</summary>
    public static PropertyGraph Mentions(int documents, int entities, int mentionsPerDocument, int seed)
    {
        var random = new Random(seed);
        var graph = new PropertyGraph();
        var entityIds = new long[entities];
        for (var i = 0; i < entities; i++)
        {
            entityIds[i] = graph.AddNode(["Entity"], new Dictionary<string, object?> { ["id"] = "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        for (var d = 0; d < documents; d++)
        {
            var document = graph.AddNode(["Document"], new Dictionary<string, object?> { ["id"] = "d" + d.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            foreach (var e in Enumerable.Range(0, entities).OrderBy(_ => random.Next()).Take(mentionsPerDocument))
            {
                graph.AddRelationship(document, entityIds[e], "MENTIONS", new Dictionary<string, object?> { ["count"] = (long)random.Next(1, 6) });
            }
        }

        return graph;
    }

    private static readonly string[] Types = ["R1", "R2", "R3", "R4", "R5"];

    /// <summary>Deterministic random graph: Entity nodes with string ids "e{n}", uniformly random endpoints.</summary>
    public static PropertyGraph Generate(int nodes, int relationships, int seed)
    {
        var random = new Random(seed);
        var graph = new PropertyGraph();
        var ids = new long[nodes];
        for (var i = 0; i < nodes; i++)
        {
            ids[i] = graph.AddNode(
                ["Entity", i % 3 == 0 ? "Person" : "Place"],
                new Dictionary<string, object?> { ["id"] = "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = "Entity " + i });
        }

        var none = new Dictionary<string, object?>();
        for (var i = 0; i < relationships; i++)
        {
            graph.AddRelationship(ids[random.Next(nodes)], ids[random.Next(nodes)], Types[random.Next(Types.Length)], none);
        }

        return graph;
    }
}
