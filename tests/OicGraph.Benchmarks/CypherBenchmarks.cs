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

internal static class CypherGraphs
{
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
