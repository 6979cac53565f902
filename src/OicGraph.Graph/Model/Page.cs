namespace OicGraph.Graph.Model;

/// <summary>A slice of an ordered list and the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
