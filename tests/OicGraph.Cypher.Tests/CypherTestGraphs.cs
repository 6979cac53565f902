namespace OicGraph.Cypher.Tests;

internal static class CypherTestGraphs
{
    public static Dictionary<string, object?> Params(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    /// <summary>Astana, Almaty and two people, shaped like OicGraph's entities (string id, type, searchKeys).</summary>
    public static PropertyGraph KazakhNews()
    {
        var graph = new PropertyGraph();
        var astana = Entity(graph, "Place", "q-astana", "Astana", ["astana", "астана"]);
        var almaty = Entity(graph, "Place", "q-almaty", "Almaty", ["almaty", "алматы"]);
        var tokayev = Entity(graph, "Person", "q-tokayev", "Kassym-Jomart Tokayev", ["tokayev", "токаев"]);
        var nazarbayev = Entity(graph, "Person", "q-nazarbayev", "Nursultan Nazarbayev", ["nazarbayev"]);
        graph.AddRelationship(tokayev, astana, "LOCATED_IN", new Dictionary<string, object?> { ["id"] = "r1", ["confidence"] = 0.9 });
        graph.AddRelationship(nazarbayev, almaty, "BORN_IN", new Dictionary<string, object?> { ["id"] = "r2" });
        graph.AddRelationship(astana, almaty, "NEAR", new Dictionary<string, object?> { ["id"] = "r3" });
        return graph;
    }

    private static long Entity(PropertyGraph graph, string type, string id, string name, string[] keys) =>
        graph.AddNode(
            ["Entity", type],
            new Dictionary<string, object?> { ["id"] = id, ["type"] = type, ["name"] = name, ["searchKeys"] = keys.ToList<object?>() });
}
