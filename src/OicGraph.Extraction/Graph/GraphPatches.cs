using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Graph;

/// <summary>Turns an extraction result into the graph patch of its document: entities, mentions, relationships, evidence.</summary>
public static class GraphPatches
{
    public static GraphPatch FromExtraction(ExtractionResult result, Document document)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(document);
        var entities = result.Entities.Select(ToEntity).ToList();
        var mentions = result.Entities
            .SelectMany(e => e.Mentions.Select(m => new Mention(document.Id, e.Id, m.Start, m.End, m.Text, m.Sentence)))
            .ToList();
        var relationships = result.Relationships
            .Select(r => new Relationship(
                RelationshipIds.For(r.Type, r.Source, r.Target, r.Properties),
                r.Type,
                r.Source,
                r.Target,
                r.Properties,
                [.. r.Evidence.Select(e => new Evidence(document.Id, e.Start, e.End, e.Text, e.Sentence))]))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { Evidence = [.. g.SelectMany(r => r.Evidence)] })
            .ToList();
        return new GraphPatch([document], entities, relationships, mentions);
    }

    internal static Entity ToEntity(ExtractedEntity entity) => new(
        entity.Id,
        Enum.Parse<EntityType>(entity.Type),
        entity.Name,
        entity.Names,
        entity.Aliases,
        entity.Properties,
        SearchKeysOf(entity.Names.Values.Append(entity.Name).Concat(entity.Aliases)));

    internal static IReadOnlyList<string> SearchKeysOf(IEnumerable<string> names) =>
        [.. names.Where(n => n.Length > 0).SelectMany(SearchKeys.ForName).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
