using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// The merge rules of <see cref="GraphPatch"/>, done in C# on what the transaction read, so Neo4j and the embedded store
/// agree exactly: existing names win, aliases, properties and search keys are united (existing values win on a clash),
/// relationship evidence is united.
/// </summary>
internal static class GraphMerge
{
    public static Entity Merge(Entity existing, Entity incoming) => existing with
    {
        Name = existing.Name.Length > 0 ? existing.Name : incoming.Name,
        Names = Union(existing.Names, incoming.Names),
        Aliases = existing.Aliases.Concat(incoming.Aliases).Distinct(StringComparer.Ordinal).ToList(),
        Properties = Union(existing.Properties, incoming.Properties),
        SearchKeys = existing.SearchKeys.Concat(incoming.SearchKeys).Distinct(StringComparer.Ordinal).ToList(),
    };

    /// <summary>The incoming fact with its properties united and its evidence added to what is already there.</summary>
    public static Relationship Merge(Relationship existing, Relationship incoming) => incoming with
    {
        Properties = Union(existing.Properties, incoming.Properties),
        Evidence = existing.Evidence.Concat(incoming.Evidence).Distinct().ToList(),
    };

    public static Relationship WithoutEvidenceFrom(Relationship relationship, IReadOnlySet<string> documentIds) =>
        relationship with { Evidence = relationship.Evidence.Where(e => !documentIds.Contains(e.DocumentId)).ToList() };

    public static bool Same(Entity a, Entity b) =>
        a.Id == b.Id && a.Type == b.Type && a.Name == b.Name && SameMap(a.Names, b.Names)
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal) && SameMap(a.Properties, b.Properties)
        && a.SearchKeys.SequenceEqual(b.SearchKeys, StringComparer.Ordinal);

    public static bool Same(Relationship a, Relationship b) =>
        a.Id == b.Id && a.Type == b.Type && a.SourceId == b.SourceId && a.TargetId == b.TargetId
        && SameMap(a.Properties, b.Properties) && a.Evidence.SequenceEqual(b.Evidence);

    public static bool SameShape(Relationship a, Relationship b) =>
        a.Type == b.Type && a.SourceId == b.SourceId && a.TargetId == b.TargetId;

    private static SortedDictionary<string, string> Union(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second)
    {
        var union = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in second)
        {
            union[key] = value;
        }

        foreach (var (key, value) in first)
        {
            union[key] = value;
        }

        return union;
    }

    private static bool SameMap(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);
}
