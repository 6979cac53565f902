using System.Globalization;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>Model records to the property maps of README's graph model, and back.</summary>
internal static class Mapping
{
    public static Entity ToEntity(object? cell)
    {
        var map = Cells.Map(cell);
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (GraphPropertyNames.IsEntityField(key) || value is null)
            {
                continue;
            }

            if (key.StartsWith(GraphPropertyNames.NamePrefix, StringComparison.Ordinal))
            {
                names[GraphPropertyNames.ScriptOf(key)] = Cells.String(value)!;
            }
            else
            {
                properties[GraphPropertyNames.Unescape(key)] = Cells.String(value)!;
            }
        }

        return new Entity(
            Cells.String(map.GetValueOrDefault("id"))!,
            // A node written by hand with a type outside the enum still reads, rather than failing every list it is in.
            Enum.TryParse<EntityType>(Cells.String(map.GetValueOrDefault("type")), out var type) ? type : EntityType.Place,
            Cells.String(map.GetValueOrDefault("name")) ?? "",
            names,
            Cells.Strings(map.GetValueOrDefault("aliases")),
            properties,
            Cells.Strings(map.GetValueOrDefault("searchKeys")));
    }

    /// <summary>Reads <c>{type, source, target, properties}</c>, the shape every relationship statement returns.</summary>
    public static Relationship ToRelationship(object? cell)
    {
        var row = Cells.Map(cell);
        var map = Cells.Map(row.GetValueOrDefault("properties"));
        var documents = Cells.Strings(map.GetValueOrDefault("evidenceDocument"));
        var starts = Cells.Ints(map.GetValueOrDefault("evidenceStart"));
        var ends = Cells.Ints(map.GetValueOrDefault("evidenceEnd"));
        var sentences = Cells.Ints(map.GetValueOrDefault("evidenceSentence"));
        var texts = Cells.Strings(map.GetValueOrDefault("evidenceText"));
        var evidence = Enumerable.Range(0, documents.Count)
            .Select(i => new Evidence(documents[i], At(starts, i), At(ends, i), i < texts.Count ? texts[i] : "", At(sentences, i)))
            .ToList();
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (!GraphPropertyNames.IsRelationshipField(key) && value is not null)
            {
                properties[GraphPropertyNames.Unescape(key)] = Cells.String(value)!;
            }
        }

        return new Relationship(
            Cells.String(map.GetValueOrDefault("id"))!,
            TypeOf(Cells.String(row.GetValueOrDefault("type"))),
            Cells.String(row.GetValueOrDefault("source"))!,
            Cells.String(row.GetValueOrDefault("target"))!,
            properties,
            evidence);
    }

    // A fact type outside the vocabulary can only come from a hand edit of the database: say so rather than guess.
    private static RelationType TypeOf(string? type) => RelationTypes.TryParse(type, out var known)
        ? known
        : throw new GraphStoreException("OicGraph.Neo4j.UnknownRelationshipType",
            $"the database holds a fact of type '{type}', which is not in the relation vocabulary ({string.Join(", ", RelationTypes.AllNames)}).");

    private static int At(IReadOnlyList<int> list, int index) => index < list.Count ? list[index] : 0;

    public static Document ToDocument(object? cell)
    {
        var map = Cells.Map(cell);
        return new Document(
            Text(map, "id"), Text(map, "kind"), Text(map, "title"), Cells.String(map.GetValueOrDefault("sourceUrl")),
            Cells.String(map.GetValueOrDefault("date")), Text(map, "language"), Text(map, "script"), Text(map, "text"),
            Text(map, "contentHash"), Moment(map.GetValueOrDefault("ingestedAt")));
    }

    /// <summary>Reads the cells of a document summary, in the order the statements list them (<c>DocumentSummaryList</c>).</summary>
    public static DocumentSummary ToSummary(IReadOnlyList<object?> row) => new(
        Cells.String(row[0])!, Cells.String(row[1]) ?? "", Cells.String(row[2]) ?? "", Cells.String(row[3]), Cells.String(row[4]),
        Cells.String(row[5]) ?? "", Cells.String(row[6]) ?? "", Cells.Int(row[7]), Cells.String(row[8]) ?? "",
        Moment(row[9]), Cells.Int(row[10]));

    public static Mention ToMention(IReadOnlyList<object?> row) => new(
        Cells.String(row[0])!, Cells.String(row[1])!, Cells.Int(row[2]), Cells.Int(row[3]), Cells.String(row[4]) ?? "", Cells.Int(row[5]));

    public static Dictionary<string, object?> MentionRow(Mention mention) => new(StringComparer.Ordinal)
    {
        ["document"] = mention.DocumentId,
        ["entity"] = mention.EntityId,
        ["start"] = mention.Start,
        ["end"] = mention.End,
        ["sentence"] = mention.Sentence,
        ["text"] = mention.Text,
    };

    private static string Text(IReadOnlyDictionary<string, object?> map, string key) => Cells.String(map.GetValueOrDefault(key)) ?? "";

    private static DateTimeOffset Moment(object? value) =>
        Cells.String(value) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : default;
}
