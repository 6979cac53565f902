using System.Globalization;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>Model records to the property maps of README's graph model, and back.</summary>
internal static class Mapping
{
    public static Dictionary<string, object?> EntityProperties(Entity entity)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["type"] = entity.Type.ToString(),
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases,
            ["searchKeys"] = entity.SearchKeys,
        };
        foreach (var (script, name) in entity.Names)
        {
            properties[PropertyNames.ForName(script)] = name;
        }

        foreach (var (key, value) in entity.Properties)
        {
            properties[PropertyNames.ForEntityProperty(key)] = value;
        }

        return properties;
    }

    public static Entity ToEntity(object? cell)
    {
        var map = Cells.Map(cell);
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (PropertyNames.IsEntityField(key) || value is null)
            {
                continue;
            }

            if (key.StartsWith(PropertyNames.NamePrefix, StringComparison.Ordinal))
            {
                names[PropertyNames.ScriptOf(key)] = Cells.String(value)!;
            }
            else
            {
                properties[PropertyNames.Unescape(key)] = Cells.String(value)!;
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

    public static Dictionary<string, object?> RelationshipProperties(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["evidenceDocument"] = relationship.Evidence.Select(e => e.DocumentId).ToList(),
            ["evidenceStart"] = relationship.Evidence.Select(e => e.Start).ToList(),
            ["evidenceEnd"] = relationship.Evidence.Select(e => e.End).ToList(),
            ["evidenceSentence"] = relationship.Evidence.Select(e => e.Sentence).ToList(),
            ["evidenceText"] = relationship.Evidence.Select(e => e.Text).ToList(),
        };
        foreach (var (key, value) in relationship.Properties)
        {
            properties[PropertyNames.ForRelationshipProperty(key)] = value;
        }

        return properties;
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
            if (!PropertyNames.IsRelationshipField(key) && value is not null)
            {
                properties[PropertyNames.Unescape(key)] = Cells.String(value)!;
            }
        }

        return new Relationship(
            Cells.String(map.GetValueOrDefault("id"))!,
            Cells.String(row.GetValueOrDefault("type"))!,
            Cells.String(row.GetValueOrDefault("source"))!,
            Cells.String(row.GetValueOrDefault("target"))!,
            properties,
            evidence);
    }

    private static int At(IReadOnlyList<int> list, int index) => index < list.Count ? list[index] : 0;

    public static Dictionary<string, object?> DocumentProperties(Document document)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = document.Id,
            ["kind"] = document.Kind,
            ["title"] = document.Title,
            ["language"] = document.Language,
            ["script"] = document.Script,
            ["text"] = document.Text,
            ["contentHash"] = document.ContentHash,
            ["ingestedAt"] = document.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
        };

        // Neo4j has no null properties; an absent optional field is simply not stored.
        if (document.SourceUrl is not null)
        {
            properties["sourceUrl"] = document.SourceUrl;
        }

        if (document.Date is not null)
        {
            properties["date"] = document.Date;
        }

        return properties;
    }

    public static Document ToDocument(object? cell)
    {
        var map = Cells.Map(cell);
        return new Document(
            Text(map, "id"), Text(map, "kind"), Text(map, "title"), Cells.String(map.GetValueOrDefault("sourceUrl")),
            Cells.String(map.GetValueOrDefault("date")), Text(map, "language"), Text(map, "script"), Text(map, "text"),
            Text(map, "contentHash"), Moment(map.GetValueOrDefault("ingestedAt")));
    }

    /// <summary>Reads a row of <see cref="Statements.DocumentSummaryColumns"/>.</summary>
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
