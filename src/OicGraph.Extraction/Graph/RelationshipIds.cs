using OicGraph.Extraction.Naming;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Graph;

/// <summary>
/// Deterministic relationship ids, the one rule README states: <c>source--type--target</c>, plus the value of the type's
/// claim key when it has one (<c>kazakhstan--member-of--oic--since-1992</c>). The claim key is the property that says
/// which claim of a fact it is: two sources giving different accession years are two facts, a person's two posts at one
/// organisation are two facts. No other property is part of an id, so a property added later (a since on a post, an until
/// on a membership) never changes one.
/// </summary>
public static class RelationshipIds
{
    private static readonly Dictionary<RelationType, string> ClaimKeys = new()
    {
        [RelationType.MemberOf] = "since",
        [RelationType.ObserverOf] = "since",
        [RelationType.Chaired] = "year",
        [RelationType.HoldsPosition] = "role",
        [RelationType.LeaderOf] = "role",
    };

    /// <summary>The property whose value is part of the id of a <paramref name="type"/> fact, or null.</summary>
    public static string? ClaimKeyOf(RelationType type) => ClaimKeys.GetValueOrDefault(type);

    public static string For(RelationType type, string source, string target, IReadOnlyDictionary<string, string> properties)
    {
        var id = $"{source}--{Slug.Of(type.Name())}--{target}";
        return ClaimKeyOf(type) is { } key && properties.TryGetValue(key, out var value) && value.Length > 0
            ? $"{id}--{key}-{Slug.Of(value)}"
            : id;
    }
}
