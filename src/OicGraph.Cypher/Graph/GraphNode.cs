namespace OicGraph.Cypher;

/// <summary>
/// A node as code outside the engine reads it (a procedure over the whole graph): <see cref="Value"/> is what a procedure
/// yields for a NODE column; the id, labels and properties are the live ones, to be read only while the graph is held
/// (a procedure runs under the statement's lock).
/// </summary>
internal readonly record struct GraphNode(object Value, long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
