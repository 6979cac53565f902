namespace OicGraph.Graph.Model;

/// <summary>
/// A real-world thing the sources name. <paramref name="SearchKeys"/> are script-neutral match keys computed by the
/// text layer when the entity is built, so every backend can search names in any script without knowing Kazakh.
/// </summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> SearchKeys);
