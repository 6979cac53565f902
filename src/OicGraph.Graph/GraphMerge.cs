using OicGraph.Graph.Model;

namespace OicGraph.Graph;

/// <summary>
/// How a record already in the graph absorbs a new claim about the same thing, for every adapter: what is known stays
/// (the first source to name a thing sets its display names), and what is new is added.
/// </summary>
public static class GraphMerge
{
    public static Entity Entity(Entity existing, Entity incoming) => existing with
    {
        Names = AddMissing(existing.Names, incoming.Names),
        Aliases = Unite(existing.Aliases, incoming.Aliases),
        Properties = AddMissing(existing.Properties, incoming.Properties),
        SearchKeys = Unite(existing.SearchKeys, incoming.SearchKeys),
    };

    public static Relationship Relationship(Relationship existing, Relationship incoming) => existing with
    {
        Properties = AddMissing(existing.Properties, incoming.Properties),
        Evidence = [.. existing.Evidence.Concat(incoming.Evidence).Distinct().OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)],
    };

    /// <summary>The canonical form of a new relationship: evidence distinct and in document, then text order.</summary>
    public static Relationship Normalize(Relationship relationship) =>
        Relationship(relationship with { Properties = new Dictionary<string, string>(), Evidence = [] }, relationship);

    public static bool Same(Entity a, Entity b) =>
        a.Id == b.Id && a.Type == b.Type && a.Name == b.Name && SameMap(a.Names, b.Names) && a.Aliases.SequenceEqual(b.Aliases)
        && SameMap(a.Properties, b.Properties) && a.SearchKeys.SequenceEqual(b.SearchKeys);

    public static bool Same(Relationship a, Relationship b) =>
        a.Id == b.Id && a.Type == b.Type && a.SourceId == b.SourceId && a.TargetId == b.TargetId
        && SameMap(a.Properties, b.Properties) && a.Evidence.SequenceEqual(b.Evidence);

    private static Dictionary<string, string> AddMissing(IReadOnlyDictionary<string, string> existing, IReadOnlyDictionary<string, string> incoming)
    {
        var merged = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var (key, value) in incoming)
        {
            if (!string.IsNullOrEmpty(value))
            {
                merged.TryAdd(key, value);
            }
        }

        return merged;
    }

    private static List<string> Unite(IReadOnlyList<string> existing, IReadOnlyList<string> incoming) =>
        [.. existing.Concat(incoming).Distinct(StringComparer.Ordinal)];

    private static bool SameMap(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
