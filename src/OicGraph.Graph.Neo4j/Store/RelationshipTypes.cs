using System.Text.RegularExpressions;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// A relationship type cannot be a Cypher parameter, so it is written into statement text. Only UPPER_SNAKE_CASE names
/// ever get there (the injection guard), and never MENTIONS, which the model keeps for mentions. Types outside the
/// relation vocabulary are accepted, as the shared <see cref="GraphPatchValidator"/> and the embedded store accept them,
/// so both backends refuse the same patches; <see cref="Known"/> documents the vocabulary.
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

    public static bool IsValid(string type) => Identifier().IsMatch(type) && type != Mentions;

    /// <summary>The type itself, once proven safe to put in statement text.</summary>
    public static string Checked(string type) => IsValid(type)
        ? type
        : throw new GraphStoreException("OicGraph.Neo4j.UnknownRelationshipType",
            $"'{type}' cannot be a Neo4j relationship type here: it must be UPPER_SNAKE_CASE and not {Mentions}.");

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex Identifier();
}
