using OicGraph.Graph.Model;

namespace OicGraph.Graph;

/// <summary>
/// Folds patches into one, as applying them in order to an empty store would: entities and relationships merge by id with
/// <see cref="GraphMerge"/>, documents and mentions are gathered. Used to export a whole seed as one script.
/// </summary>
public static class GraphPatchCombiner
{
    public static GraphPatch Combine(IEnumerable<GraphPatch> patches)
    {
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var mentions = new List<Mention>();
        foreach (var patch in patches)
        {
            foreach (var document in patch.Documents)
            {
                documents[document.Id] = document;
            }

            foreach (var entity in patch.Entities)
            {
                entities[entity.Id] = entities.TryGetValue(entity.Id, out var known) ? GraphMerge.Entity(known, entity) : entity;
            }

            foreach (var relationship in patch.Relationships)
            {
                relationships[relationship.Id] = relationships.TryGetValue(relationship.Id, out var known)
                    ? GraphMerge.Relationship(known, relationship)
                    : GraphMerge.Normalize(relationship);
            }

            mentions.AddRange(patch.Mentions);
        }

        return new GraphPatch([.. documents.Values], [.. entities.Values], [.. relationships.Values], [.. mentions.Distinct()]);
    }
}
