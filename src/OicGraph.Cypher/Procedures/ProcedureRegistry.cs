using System.Collections.Concurrent;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Procedures;

/// <summary>The procedures one engine knows: the db.* introspection built-ins plus any registered by the host.</summary>
internal sealed class ProcedureRegistry
{
    private readonly ConcurrentDictionary<string, CypherProcedure> _procedures = new(StringComparer.Ordinal);

    public ProcedureRegistry(PropertyGraph graph)
    {
        Register(Introspection("db.labels", "label", () => graph.AllNodes.SelectMany(n => n.Labels)));
        Register(Introspection("db.relationshipTypes", "relationshipType", () => graph.AllRelationships.Select(r => r.Type)));
        Register(Introspection("db.propertyKeys", "propertyKey", () =>
            graph.AllNodes.SelectMany(n => n.Properties.Keys).Concat(graph.AllRelationships.SelectMany(r => r.Properties.Keys))));
    }

    public void Register(CypherProcedure procedure) => _procedures[procedure.Name] = procedure;

    public CypherProcedure? Find(string name) => _procedures.GetValueOrDefault(name);

    public CypherProcedure Get(string name) =>
        _procedures.TryGetValue(name, out var procedure)
            ? procedure
            : throw new OicGraph.Graph.Cypher.CypherQueryException(
                "Neo.ClientError.Procedure.ProcedureNotFound", $"There is no procedure with the name `{name}` registered");

    /// <summary>Whether a value may be passed for a parameter of the given declared type (null always may).</summary>
    public static bool Accepts(string type, object? value) => value is null || type.TrimEnd('?').ToUpperInvariant() switch
    {
        "STRING" => value is string,
        "INTEGER" => value is long,
        "FLOAT" or "NUMBER" => value is long or double,
        "BOOLEAN" => value is bool,
        _ => true,
    };

    public static object? Coerce(string type, object? value) =>
        type.TrimEnd('?').Equals("FLOAT", StringComparison.OrdinalIgnoreCase) && value is long l ? (double)l : value;

    private static CypherProcedure Introspection(string name, string column, Func<IEnumerable<string>> values) =>
        new(name, [], [new CypherProcedureParameter(column, "STRING")], _ =>
            values().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => (IReadOnlyList<object?>)[v]).ToList());

    internal static string TypeOf(object? value) => Values.TypeName(value);
}
