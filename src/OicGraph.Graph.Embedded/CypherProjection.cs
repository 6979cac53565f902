using System.Globalization;
using OicGraph.Cypher;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The embedded graph seen as README's Neo4j model, so a Cypher query means the same on both backends:
/// <c>(:Entity:Country {id, name, name_en, ...})</c>, facts with flat properties and parallel evidence lists, and
/// <c>(:Document)-[:MENTIONS {start, end, sentence, text}]->(:Entity)</c>.
/// </summary>
internal static class CypherProjection
{
    public static PropertyGraph Build(GraphState state)
    {
        var graph = new PropertyGraph();
        var nodes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in state.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            nodes[entity.Id] = graph.AddNode(["Entity", entity.Type.ToString()], EntityProperties(entity));
        }

        var documents = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var document in state.Documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            documents[document.Id] = graph.AddNode(["Document"], DocumentProperties(document));
        }

        foreach (var relationship in state.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            graph.AddRelationship(nodes[relationship.SourceId], nodes[relationship.TargetId], relationship.Type, RelationshipProperties(relationship));
        }

        foreach (var (documentId, mentions) in state.MentionsByDocument.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var mention in mentions)
            {
                graph.AddRelationship(documents[documentId], nodes[mention.EntityId], "MENTIONS", new Dictionary<string, object?>
                {
                    ["start"] = (long)mention.Start,
                    ["end"] = (long)mention.End,
                    ["sentence"] = (long)mention.Sentence,
                    ["text"] = mention.Text,
                });
            }
        }

        return graph;
    }

    private static Dictionary<string, object?> EntityProperties(Entity entity)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["type"] = entity.Type.ToString(),
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.Cast<object?>().ToList(),
            ["searchKeys"] = entity.SearchKeys.Cast<object?>().ToList(),
        };
        foreach (var (script, name) in entity.Names)
        {
            properties["name_" + script.Replace('-', '_')] = name;
        }

        foreach (var (key, value) in entity.Properties)
        {
            properties[key] = value;
        }

        return properties;
    }

    private static Dictionary<string, object?> RelationshipProperties(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["evidenceDocument"] = relationship.Evidence.Select(e => (object?)e.DocumentId).ToList(),
            ["evidenceStart"] = relationship.Evidence.Select(e => (object?)(long)e.Start).ToList(),
            ["evidenceEnd"] = relationship.Evidence.Select(e => (object?)(long)e.End).ToList(),
            ["evidenceSentence"] = relationship.Evidence.Select(e => (object?)(long)e.Sentence).ToList(),
            ["evidenceText"] = relationship.Evidence.Select(e => (object?)e.Text).ToList(),
        };
        foreach (var (key, value) in relationship.Properties)
        {
            properties[key] = value;
        }

        return properties;
    }

    private static Dictionary<string, object?> DocumentProperties(Document document)
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
}
