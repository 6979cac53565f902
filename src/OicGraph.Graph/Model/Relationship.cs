namespace OicGraph.Graph.Model;

/// <summary>
/// A typed, directed fact between two entities. Two claims of the same fact that disagree on a property
/// (the interview's 1992 against the reference's 1995) are two relationships with different ids, each with its sources.
/// </summary>
public sealed record Relationship(
    string Id,
    RelationType Type,
    string SourceId,
    string TargetId,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<Evidence> Evidence);
