using System.Globalization;
using OicGraph.Graph.Model;

namespace OicGraph.Graph;

/// <summary>
/// Model records as the property maps of README's graph model, the one definition both backends use: the Neo4j adapter
/// writes these maps, the embedded store's Cypher view is built from them, so a Cypher query means the same on both.
/// Values are typed by <see cref="GraphPropertyTypes"/>: offsets and years are integers, dates ISO strings.
/// </summary>
public static class GraphModelProperties
{
    public static Dictionary<string, object?> Of(Entity entity)
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
            properties[GraphPropertyNames.ForName(script)] = name;
        }

        foreach (var property in GraphPropertyTypes.TypedEntityProperties(entity.Properties))
        {
            properties[property.Derived ? property.Name : GraphPropertyNames.ForEntityProperty(property.Name)] = property.Value;
        }

        return properties;
    }

    public static Dictionary<string, object?> Of(Relationship relationship)
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
        foreach (var property in GraphPropertyTypes.TypedRelationshipProperties(relationship.Properties))
        {
            properties[property.Derived ? property.Name : GraphPropertyNames.ForRelationshipProperty(property.Name)] = property.Value;
        }

        return properties;
    }

    public static Dictionary<string, object?> Of(Document document)
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
            if (GraphPropertyTypes.YearOfDate(document.Date) is { } year)
            {
                properties[GraphPropertyTypes.Year] = (long)year;
            }
        }

        return properties;
    }
}
