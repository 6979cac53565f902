using System.Text.RegularExpressions;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// The relation vocabulary (shared/eval/README.md). A relationship type cannot be a Cypher parameter, so it is written
/// into statement text; only names from this list, in Neo4j's identifier alphabet, ever get there.
/// </summary>
internal static partial class RelationshipTypes
{
    public const string Mentions = "MENTIONS";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "MEMBER_OF", "OBSERVER_OF", "CHAIRED", "FOUNDED_AT", "HELD_IN", "OCCURRED_ON", "ORGANIZED_BY", "RENAMED_AT",
        "LOCATED_IN", "CAPITAL_OF", "PART_OF", "HOLDS_POSITION", "HEADS", "WORKED_FOR", "WORKS_FOR", "ELECTED_AT",
        "NOMINATED_BY", "REPRESENTS", "LEADER_OF", "PROPOSED", "INTERVIEWED", "WORKING_LANGUAGE", "ORIGINATED_FROM",
    };

    public static bool IsValid(string type) => Known.Contains(type) && Identifier().IsMatch(type);

    /// <summary>The type itself, once proven safe to put in statement text.</summary>
    public static string Checked(string type) => IsValid(type)
        ? type
        : throw new GraphStoreException("OicGraph.Neo4j.UnknownRelationshipType",
            $"'{type}' is not in the relation vocabulary, so it cannot be stored in Neo4j.");

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex Identifier();
}
