using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// The parameters of <see cref="WriteStatement"/>: each record as the map it is stored as when new (<c>create</c>), and as
/// what it may add to a stored one (<c>merge</c>: no empty values, no lists, which the statement unites, and no derived
/// years, which follow their date). Entities, documents and facts are sorted by id so concurrent writers lock in one order.
/// </summary>
internal static class WriteParameters
{
    private static readonly string[] EvidenceKeys = ["evidenceDocument", "evidenceStart", "evidenceEnd", "evidenceSentence", "evidenceText"];

    public static Dictionary<string, object?> For(GraphPatch patch, IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions) => new(StringComparer.Ordinal)
    {
        ["claim"] = patch.CreateOnly.ToList(),
        ["deleteDocuments"] = new List<string>(),
        ["documentIds"] = newMentions.Keys.Order(StringComparer.Ordinal).ToList(),
        ["documents"] = patch.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(GraphModelProperties.Of).ToList(),
        ["mentions"] = newMentions.Values.SelectMany(m => m).Select(Mapping.MentionRow).ToList(),
        ["entities"] = patch.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Select(EntityRow).ToList(),
        ["entityIds"] = patch.Entities.Select(e => e.Id).ToList(),
        ["relationships"] = patch.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal).Select(RelationshipRow).ToList(),
        ["relationshipIds"] = patch.Relationships.Select(r => r.Id).ToList(),
    };

    public static Dictionary<string, object?> ForDeletion(string documentId) => new(StringComparer.Ordinal)
    {
        ["claim"] = new List<string>(),
        ["deleteDocuments"] = new List<string> { documentId },
        ["documentIds"] = new List<string> { documentId },
        ["documents"] = new List<object>(),
        ["mentions"] = new List<object>(),
        ["entities"] = new List<object>(),
        ["entityIds"] = new List<string>(),
        ["relationships"] = new List<object>(),
        ["relationshipIds"] = new List<string>(),
    };

    private static Dictionary<string, object?> EntityRow(Entity entity)
    {
        var create = GraphModelProperties.Of(entity);
        var merge = GraphModelProperties.Of(entity with { Names = NonEmpty(entity.Names), Properties = NonEmpty(entity.Properties) });
        merge.Remove("aliases");
        merge.Remove("searchKeys");
        merge.Remove(GraphPropertyTypes.Year);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["type"] = entity.Type.ToString(),
            ["create"] = create,
            ["merge"] = merge,
            ["aliases"] = entity.Aliases.Distinct(StringComparer.Ordinal).ToList(),
            ["searchKeys"] = entity.SearchKeys.Distinct(StringComparer.Ordinal).ToList(),
            ["year"] = create.GetValueOrDefault(GraphPropertyTypes.Year),
        };
    }

    private static Dictionary<string, object?> RelationshipRow(Relationship relationship)
    {
        // A new fact is stored as the planner would store it: no empty properties, evidence distinct and in text order.
        var normalized = GraphMerge.Normalize(relationship);
        var create = GraphModelProperties.Of(normalized);
        var merge = GraphModelProperties.Of(normalized with { Evidence = [] });
        foreach (var key in EvidenceKeys.Concat(GraphPropertyTypes.DerivedRelationshipProperties))
        {
            merge.Remove(key);
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["type"] = relationship.Type.Name(),
            ["source"] = relationship.SourceId,
            ["target"] = relationship.TargetId,
            ["create"] = create,
            ["merge"] = merge,
            ["evidence"] = normalized.Evidence.Select(EvidenceRow).ToList(),
            ["sinceYear"] = create.GetValueOrDefault("sinceYear"),
            ["untilYear"] = create.GetValueOrDefault("untilYear"),
        };
    }

    /// <summary>Evidence as the statement compares it: the keys and value types it builds from the stored parallel lists.</summary>
    public static Dictionary<string, object?> EvidenceRow(Evidence evidence) => new(StringComparer.Ordinal)
    {
        ["document"] = evidence.DocumentId,
        ["start"] = (long)evidence.Start,
        ["end"] = (long)evidence.End,
        ["sentence"] = (long)evidence.Sentence,
        ["text"] = evidence.Text,
    };

    private static Dictionary<string, string> NonEmpty(IReadOnlyDictionary<string, string> values) =>
        values.Where(pair => !string.IsNullOrEmpty(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
