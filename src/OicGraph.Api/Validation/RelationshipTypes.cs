using OicGraph.Graph.Model;

namespace OicGraph.Api.Validation;

internal static class RelationshipTypes
{
    public static readonly string UnknownMessage =
        $"Relation types are names of the vocabulary: {string.Join(", ", RelationTypes.AllNames)}.";

    /// <summary>Types arrive repeated (<c>?type=A&amp;type=B</c>) or comma-separated (<c>?type=A,B</c>); both mean the same.</summary>
    public static IReadOnlyList<string> Split(string[]? types) =>
        types is null ? [] : [.. types.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    /// <summary>The relation types of a validated query (see <see cref="PagingRules.BeKnownRelationshipTypes"/>).</summary>
    public static IReadOnlyList<RelationType> Parse(string[]? types) => [.. Split(types).Select(RelationTypes.Parse)];
}
