using OicGraph.Cypher;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The embedded graph seen as README's Neo4j model (<see cref="GraphModelProperties"/>, the maps the Neo4j adapter writes),
/// so a Cypher query means the same on both backends:
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
            nodes[entity.Id] = graph.AddNode(["Entity", entity.Type.ToString()], GraphModelProperties.Of(entity));
        }

        var documents = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var document in state.Documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            documents[document.Id] = graph.AddNode(["Document"], GraphModelProperties.Of(document));
        }

        foreach (var relationship in state.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            graph.AddRelationship(nodes[relationship.SourceId], nodes[relationship.TargetId], relationship.Type.Name(), GraphModelProperties.Of(relationship));
        }

        foreach (var (documentId, mentions) in state.MentionsByDocument.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var mention in mentions)
            {
                graph.AddRelationship(documents[documentId], nodes[mention.EntityId], RelationTypes.Mentions, new Dictionary<string, object?>
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
}
