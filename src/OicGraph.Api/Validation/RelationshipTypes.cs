using System.Text.RegularExpressions;

namespace OicGraph.Api.Validation;

internal static partial class RelationshipTypes
{
    /// <summary>Types arrive repeated (<c>?type=A&amp;type=B</c>) or comma-separated (<c>?type=A,B</c>); both mean the same.</summary>
    public static IReadOnlyList<string> Split(string[]? types) =>
        types is null ? [] : [.. types.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$")]
    public static partial Regex Pattern();
}
