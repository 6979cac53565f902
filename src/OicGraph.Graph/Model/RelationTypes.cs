using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace OicGraph.Graph.Model;

/// <summary>
/// The names of <see cref="RelationType"/> as Neo4j and JSON spell them. The names are read once from the enum's
/// <see cref="JsonStringEnumMemberNameAttribute"/>s, so the enum stays the only place a type is named.
/// </summary>
public static class RelationTypes
{
    /// <summary>The relationship type of a mention (document → entity): part of the model, never a fact's type.</summary>
    public const string Mentions = "MENTIONS";

    private static readonly string[] Names = [.. Enum.GetValues<RelationType>().Select(NameOf)];

    private static readonly FrozenDictionary<string, RelationType> ByName =
        Enum.GetValues<RelationType>().ToFrozenDictionary(t => Names[(int)t], StringComparer.Ordinal);

    /// <summary>Every type of the vocabulary, in declaration order.</summary>
    public static IReadOnlyList<RelationType> All { get; } = Enum.GetValues<RelationType>();

    /// <summary>Every name of the vocabulary (<c>MEMBER_OF</c>, ...), in declaration order.</summary>
    public static IReadOnlyList<string> AllNames => Names;

    /// <summary><c>MEMBER_OF</c> for <see cref="RelationType.MemberOf"/>.</summary>
    public static string Name(this RelationType type) =>
        (uint)type < (uint)Names.Length ? Names[(int)type] : throw new ArgumentOutOfRangeException(nameof(type), type, "not a relation type of the vocabulary");

    /// <summary>The type named exactly <paramref name="name"/> (case-sensitive, as Cypher compares types).</summary>
    public static bool TryParse(string? name, out RelationType type) => ByName.TryGetValue(name ?? "", out type);

    public static RelationType Parse(string name) => TryParse(name, out var type)
        ? type
        : throw new FormatException($"'{name}' is not a relation type; the vocabulary is {string.Join(", ", Names)}.");

    public static bool IsDefined(RelationType type) => (uint)type < (uint)Names.Length;

    private static string NameOf(RelationType type) =>
        typeof(RelationType).GetField(type.ToString(), BindingFlags.Public | BindingFlags.Static)!
            .GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;
}
