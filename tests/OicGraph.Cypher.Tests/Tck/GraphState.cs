namespace OicGraph.Cypher.Tests.Tck;

/// <summary>A snapshot of the graph for the TCK's side-effect diff (+nodes, -labels, +properties, ...).</summary>
internal sealed record GraphState(
    HashSet<long> Nodes,
    HashSet<long> Relationships,
    HashSet<string> Labels,
    HashSet<string> Properties)
{
    public static GraphState Capture(PropertyGraph graph)
    {
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.AllNodes)
        {
            foreach (var (key, value) in node.Properties)
            {
                properties.Add($"n{node.Id}.{key}={TckValues.Render(value, false)}");
            }
        }

        foreach (var rel in graph.AllRelationships)
        {
            foreach (var (key, value) in rel.Properties)
            {
                properties.Add($"r{rel.Id}.{key}={TckValues.Render(value, false)}");
            }
        }

        return new GraphState(
            graph.AllNodes.Select(n => n.Id).ToHashSet(),
            graph.AllRelationships.Select(r => r.Id).ToHashSet(),
            graph.AllNodes.SelectMany(n => n.Labels).ToHashSet(StringComparer.Ordinal),
            properties);
    }

    public static Dictionary<string, int> Diff(GraphState before, GraphState after)
    {
        static int Added<T>(HashSet<T> a, HashSet<T> b) => b.Count(x => !a.Contains(x));
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["+nodes"] = Added(before.Nodes, after.Nodes),
            ["-nodes"] = Added(after.Nodes, before.Nodes),
            ["+relationships"] = Added(before.Relationships, after.Relationships),
            ["-relationships"] = Added(after.Relationships, before.Relationships),
            ["+labels"] = Added(before.Labels, after.Labels),
            ["-labels"] = Added(after.Labels, before.Labels),
            ["+properties"] = Added(before.Properties, after.Properties),
            ["-properties"] = Added(after.Properties, before.Properties),
        };
    }
}
