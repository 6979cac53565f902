using System.Collections;
using System.Text.RegularExpressions;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// The schema statements the fake understands, and the rules Neo4j enforces on every write that the embedded engine does
/// not: uniqueness constraints (node property and relationship key), and the property value types Neo4j can store
/// (a primitive, or a homogeneous list of one primitive type: no maps, no nested lists, no nulls in lists). A schema
/// statement the fake cannot read fails as a syntax error, so a typo in the adapter's DDL is caught here too.
/// </summary>
internal sealed partial class FakeSchema
{
    private readonly List<Uniqueness> _unique = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FullText> _fullText = new(StringComparer.Ordinal);

    /// <summary>A full-text index: the labels it covers, the properties it reads, and its analyzer.</summary>
    public sealed record FullText(IReadOnlyList<string> Labels, IReadOnlyList<string> Properties, string Analyzer);

    public FullText? FullTextIndex(string name) => _fullText.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="statement"/> is DDL, whatever it says; <see cref="Apply"/> then reads it.</summary>
    public static bool IsSchema(string statement) => Ddl().IsMatch(statement);

    /// <summary>Records a constraint or index; null when read, else the failure Neo4j would answer.</summary>
    public FakeOutcome? Apply(string statement)
    {
        var ifNotExists = statement.Contains(" IF NOT EXISTS ", StringComparison.Ordinal);
        if (NodeUnique().Match(statement) is { Success: true } node && node.Groups["v1"].Value == node.Groups["v2"].Value)
        {
            return Add(node.Groups["name"].Value, new Uniqueness(true, node.Groups["label"].Value, node.Groups["property"].Value), ifNotExists);
        }

        if (RelationshipUnique().Match(statement) is { Success: true } rel && rel.Groups["v1"].Value == rel.Groups["v2"].Value)
        {
            return Add(rel.Groups["name"].Value, new Uniqueness(false, rel.Groups["type"].Value, rel.Groups["property"].Value), ifNotExists);
        }

        if (FullTextIndex().Match(statement) is { Success: true } fullText)
        {
            // An index of the same name already there stays as it was, as IF NOT EXISTS does in Neo4j.
            var name = fullText.Groups["name"].Value;
            if (_fullText.ContainsKey(name) && !ifNotExists)
            {
                return FakeOutcome.Fail("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", $"An equivalent index already exists, 'Index( name='{name}' )'.");
            }

            _fullText.TryAdd(name, new FullText(
                [.. fullText.Groups["labels"].Value.Split('|')],
                [.. fullText.Groups["property"].Captures.Select(c => c.Value)],
                // Neo4j's default analyzer (dbms.index.fulltext.default_analyzer) when the index names none.
                fullText.Groups["analyzer"].Success ? fullText.Groups["analyzer"].Value : "standard-no-stop-words"));
            return null;
        }

        return Index().IsMatch(statement)
            ? null
            : FakeOutcome.Fail("Neo.ClientError.Statement.SyntaxError", $"Invalid input: the fake reads no such schema statement: {statement}");
    }

    /// <summary>The first rule the graph breaks after a write, as Neo4j reports it; null when it keeps them all.</summary>
    public FakeOutcome? Check(IReadOnlyList<CypherNode> nodes, IReadOnlyList<CypherRelationship> relationships)
    {
        foreach (var (labels, properties, what) in nodes.Select(n => ((IReadOnlyCollection<string>)n.Labels, n.Properties, $"Node({n.ElementId})"))
            .Concat(relationships.Select(r => ((IReadOnlyCollection<string>)[r.Type], r.Properties, $"Relationship({r.ElementId})"))))
        {
            foreach (var (key, value) in properties)
            {
                if (StorageProblem(value) is { } problem)
                {
                    return FakeOutcome.Fail("Neo.ClientError.Statement.TypeError", $"{problem} ({what}, property `{key}`)");
                }
            }
        }

        foreach (var rule in _unique)
        {
            var holders = rule.OnNodes
                ? nodes.Where(n => n.Labels.Contains(rule.LabelOrType)).Select(n => (n.ElementId, n.Properties))
                : relationships.Where(r => r.Type == rule.LabelOrType).Select(r => (r.ElementId, r.Properties));
            var seen = new Dictionary<object, string>();
            foreach (var (id, properties) in holders)
            {
                if (properties.TryGetValue(rule.Property, out var value) && value is not null && !seen.TryAdd(value, id))
                {
                    var kind = rule.OnNodes ? $"Node({seen[value]}) already exists with label `{rule.LabelOrType}`" : $"Relationship({seen[value]}) already exists with type `{rule.LabelOrType}`";
                    return FakeOutcome.Fail("Neo.ClientError.Schema.ConstraintValidationFailed", $"{kind} and property `{rule.Property}` = {Quote(value)}");
                }
            }
        }

        return null;
    }

    private FakeOutcome? Add(string name, Uniqueness rule, bool ifNotExists)
    {
        if (!_names.Add(name) && !ifNotExists)
        {
            return FakeOutcome.Fail("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", $"An equivalent constraint already exists, 'Constraint( name='{name}' )'.");
        }

        if (!_unique.Contains(rule))
        {
            _unique.Add(rule);
        }

        return null;
    }

    // Neo4j's own wording for values it cannot store as a property.
    private static string? StorageProblem(object? value) => value switch
    {
        null or string or bool or long or double => null,
        IDictionary or IReadOnlyDictionary<string, object?> => "Property values can only be of primitive types or arrays thereof. Encountered: Map.",
        IList list when list.Cast<object?>().Any(item => item is null) => "Collections containing null values can not be stored in properties.",
        IList list when list.Cast<object?>().Any(item => item is IList or IDictionary) => "Collections containing collections can not be stored in properties.",
        IList list when list.Cast<object?>().Select(item => item!.GetType()).Distinct().Count() > 1 => "Neo4j only supports a subset of Cypher types for storage as singleton or array properties: a list must hold one type.",
        IList => null,
        _ => null,
    };

    private static string Quote(object value) => value is string text ? $"'{text}'" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    private sealed record Uniqueness(bool OnNodes, string LabelOrType, string Property);

    [GeneratedRegex(@"^\s*(CREATE|DROP|SHOW)\s+(CONSTRAINT|INDEX|FULLTEXT|RANGE|TEXT|POINT|LOOKUP|VECTOR)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ddl();

    [GeneratedRegex(@"^CREATE CONSTRAINT (?<name>\w+) (IF NOT EXISTS )?FOR \((?<v1>\w+):(?<label>\w+)\) REQUIRE (?<v2>\w+)\.(?<property>\w+) IS UNIQUE$", RegexOptions.CultureInvariant)]
    private static partial Regex NodeUnique();

    [GeneratedRegex(@"^CREATE CONSTRAINT (?<name>\w+) (IF NOT EXISTS )?FOR \(\)-\[(?<v1>\w+):(?<type>\w+)\]-\(\) REQUIRE (?<v2>\w+)\.(?<property>\w+) IS UNIQUE$", RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipUnique();

    [GeneratedRegex(@"^CREATE INDEX \w+ (IF NOT EXISTS )?FOR \(\w+:\w+\) ON \(\w+\.\w+(, \w+\.\w+)*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Index();

    [GeneratedRegex(@"^CREATE FULLTEXT INDEX (?<name>\w+) (IF NOT EXISTS )?FOR \(\w+:(?<labels>\w+(\|\w+)*)\) ON EACH \[\w+\.(?<property>\w+)(, \w+\.(?<property>\w+))*\]"
        + @"( OPTIONS \{indexConfig: \{`fulltext\.analyzer`: '(?<analyzer>[a-z-]+)'\}\})?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullTextIndex();
}
