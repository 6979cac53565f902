namespace OicGraph.Graph.Cypher;

/// <summary>
/// Columns and rows of a query. A cell is null, bool, long, double, string, <see cref="CypherNode"/>,
/// <see cref="CypherRelationship"/>, <see cref="CypherPath"/>, a list of cells or a string-keyed map of cells.
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Truncated);

public sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

public sealed record CypherRelationship(
    string ElementId,
    string Type,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>Alternating nodes and relationships: <c>Nodes.Count == Relationships.Count + 1</c>.</summary>
public sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);
