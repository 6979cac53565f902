namespace OicGraph.Graph.Model;

/// <summary>A set of entities and the relationships among them, ready to draw.</summary>
public sealed record GraphSlice(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships, bool Truncated = false);

/// <summary>A walk between two entities; <c>Entities.Count == Relationships.Count + 1</c>.</summary>
public sealed record GraphPath(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);
