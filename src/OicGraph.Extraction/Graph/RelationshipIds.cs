using OicGraph.Extraction.Naming;

namespace OicGraph.Extraction.Graph;

/// <summary>
/// Deterministic relationship ids: <c>kazakhstan--member-of--oic--since-1992</c>. Properties that say which claim it is
/// (since, year, role, until) are part of the id, so the interview's 1992 and the reference's 1995 stay two facts.
/// </summary>
public static class RelationshipIds
{
    private static readonly string[] IdentityProperties = ["since", "year", "role", "until"];

    public static string For(string type, string source, string target, IReadOnlyDictionary<string, string> properties)
    {
        var id = $"{source}--{Slug.Of(type)}--{target}";
        foreach (var key in IdentityProperties)
        {
            if (properties.TryGetValue(key, out var value) && value.Length > 0)
            {
                id += $"--{key}-{Slug.Of(value)}";
            }
        }

        return id;
    }
}
