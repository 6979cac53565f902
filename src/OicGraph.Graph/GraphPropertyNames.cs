namespace OicGraph.Graph;

/// <summary>
/// Entity and fact properties are stored flat on the node or relationship (README's graph model), next to the model's own
/// fields. A property whose name is taken by a model field (or starts with the escape character) is stored with a leading
/// underscore, so every property name round-trips: <c>name</c> is stored as <c>_name</c>, <c>_x</c> as <c>__x</c>.
/// </summary>
public static class GraphPropertyNames
{
    public const string NamePrefix = "name_";
    private const char Escape = '_';

    private static readonly HashSet<string> EntityReserved = new(
        ["id", "type", "name", "aliases", "searchKeys", .. GraphPropertyTypes.DerivedEntityProperties], StringComparer.Ordinal);

    private static readonly HashSet<string> RelationshipReserved = new(
        ["id", "evidenceDocument", "evidenceStart", "evidenceEnd", "evidenceSentence", "evidenceText", .. GraphPropertyTypes.DerivedRelationshipProperties],
        StringComparer.Ordinal);

    /// <summary><c>kk-Cyrl</c> is stored as <c>name_kk_Cyrl</c>.</summary>
    public static string ForName(string script) => NamePrefix + script.Replace('-', '_');

    public static string ScriptOf(string stored) => stored[NamePrefix.Length..].Replace('_', '-');

    public static string ForEntityProperty(string name) =>
        EntityReserved.Contains(name) || name.StartsWith(NamePrefix, StringComparison.Ordinal) || name.StartsWith(Escape)
            ? Escape + name
            : name;

    public static string ForRelationshipProperty(string name) =>
        RelationshipReserved.Contains(name) || name.StartsWith(Escape) ? Escape + name : name;

    public static bool IsEntityField(string stored) => EntityReserved.Contains(stored);

    public static bool IsRelationshipField(string stored) => RelationshipReserved.Contains(stored);

    /// <summary>The property name a stored key came from (the reverse of the escaping above).</summary>
    public static string Unescape(string stored) => stored.StartsWith(Escape) ? stored[1..] : stored;
}
