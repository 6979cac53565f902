using System.Globalization;

namespace OicGraph.Graph;

/// <summary>
/// The type of every entity and fact property of README's graph model, the one rule the Neo4j adapter, the embedded
/// store's Cypher view and REST follow. The model keeps the sources' text; these are the values a query compares:
/// integers as integers (<c>accession</c>, a fact's <c>year</c>), and dates as their ISO 8601 string (possibly partial,
/// <c>2017-05</c>, or an interval, <c>2014/2016</c>) with the year beside it as an integer, because a partial date has no
/// native type in Neo4j and an ISO string alone does not compare with a number.
/// </summary>
public static class GraphPropertyTypes
{
    /// <summary>Where a Date entity's <c>value</c> and a document's <c>date</c> keep their year.</summary>
    public const string Year = "year";

    private static readonly Dictionary<string, GraphPropertyKind> EntityKinds = new(StringComparer.Ordinal)
    {
        ["accession"] = GraphPropertyKind.Integer,
        ["value"] = GraphPropertyKind.Date,
    };

    private static readonly Dictionary<string, GraphPropertyKind> RelationshipKinds = new(StringComparer.Ordinal)
    {
        ["year"] = GraphPropertyKind.Integer,
        ["since"] = GraphPropertyKind.Date,
        ["until"] = GraphPropertyKind.Date,
    };

    /// <summary>Properties no source states: the years derived from date properties, so they are never read back as claims.</summary>
    public static IReadOnlySet<string> DerivedEntityProperties { get; } = new HashSet<string>(StringComparer.Ordinal) { Year };

    public static IReadOnlySet<string> DerivedRelationshipProperties { get; } =
        new HashSet<string>(StringComparer.Ordinal) { YearOf("since"), YearOf("until") };

    public static GraphPropertyKind OfEntityProperty(string name) => EntityKinds.GetValueOrDefault(name, GraphPropertyKind.String);

    public static GraphPropertyKind OfRelationshipProperty(string name) => RelationshipKinds.GetValueOrDefault(name, GraphPropertyKind.String);

    /// <summary>An entity's properties as typed values, each date followed by its year.</summary>
    public static IEnumerable<TypedProperty> TypedEntityProperties(IReadOnlyDictionary<string, string> properties) =>
        Typed(properties, EntityKinds, _ => Year);

    /// <summary>A fact's properties as typed values, each date <c>x</c> followed by <c>xYear</c>.</summary>
    public static IEnumerable<TypedProperty> TypedRelationshipProperties(IReadOnlyDictionary<string, string> properties) =>
        Typed(properties, RelationshipKinds, YearOf);

    /// <summary>The year an ISO 8601 date (<c>1992</c>, <c>2017-05-10</c>, <c>2014/2016</c>) starts in, or null for anything else.</summary>
    public static int? YearOfDate(string? date) =>
        date is { Length: >= 4 } && (date.Length == 4 || date[4] is '-' or '/')
        && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    private static string YearOf(string dateProperty) => dateProperty + "Year";

    private static IEnumerable<TypedProperty> Typed(
        IReadOnlyDictionary<string, string> properties, Dictionary<string, GraphPropertyKind> kinds, Func<string, string> yearName)
    {
        foreach (var (name, text) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            switch (kinds.GetValueOrDefault(name, GraphPropertyKind.String))
            {
                // A value the source wrote in another form ("around 1990") stays text rather than being lost.
                case GraphPropertyKind.Integer when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                    yield return new TypedProperty(name, number, Derived: false);
                    break;
                case GraphPropertyKind.Date:
                    yield return new TypedProperty(name, text, Derived: false);
                    // A source's own property of the year's name wins; the year is then read from the date itself.
                    if (YearOfDate(text) is { } year && !properties.ContainsKey(yearName(name)))
                    {
                        yield return new TypedProperty(yearName(name), (long)year, Derived: true);
                    }

                    break;
                default:
                    yield return new TypedProperty(name, text, Derived: false);
                    break;
            }
        }
    }
}

/// <summary>A property as the graph model holds it; <paramref name="Derived"/> for a year computed from a date property.</summary>
public readonly record struct TypedProperty(string Name, object Value, bool Derived);

/// <summary>How a property's value is typed in the graph model (README's graph-model table).</summary>
public enum GraphPropertyKind
{
    String,
    Integer,
    Date,
}
