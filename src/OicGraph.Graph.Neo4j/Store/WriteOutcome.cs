using OicGraph.Graph.Model;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>What <see cref="WriteStatement"/> answered, and the <see cref="GraphChange"/> it amounts to.</summary>
internal sealed record WriteOutcome(
    IReadOnlyList<(string Id, string ContentHash)> Conflicts,
    long Found,
    IReadOnlyList<Mention> OldMentions,
    IReadOnlyList<(string Id, bool Created, bool Changed)> Entities,
    IReadOnlyList<string> EntitiesDeleted,
    IReadOnlyList<string> FactsOfDeleted,
    IReadOnlyList<string> CitedDeleted,
    IReadOnlyList<string> CitedUpdated,
    IReadOnlyList<(string Id, bool Created, bool Changed)> Relationships)
{
    public static WriteOutcome Read(IReadOnlyList<string> fields, IReadOnlyList<object?> row)
    {
        object? Cell(string name) => row[IndexOf(fields, name)];
        return new WriteOutcome(
            [.. Maps(Cell("conflicts")).Select(map => (Cells.String(map.GetValueOrDefault("id"))!, Cells.String(map.GetValueOrDefault("contentHash"))!))],
            Cells.Long(Cell("found")),
            [.. Maps(Cell("oldMentions")).Select(map => new Mention(
                Cells.String(map.GetValueOrDefault("document"))!, Cells.String(map.GetValueOrDefault("entity"))!, Cells.Int(map.GetValueOrDefault("start")),
                Cells.Int(map.GetValueOrDefault("end")), Cells.String(map.GetValueOrDefault("text")) ?? "", Cells.Int(map.GetValueOrDefault("sentence"))))],
            Outcomes(Cell("entityOutcomes")),
            Cells.Strings(Cell("entitiesDeleted")),
            [.. Cells.List(Cell("factsOfDeleted")).SelectMany(Cells.Strings)],
            Cells.Strings(Cell("citedDeleted")),
            Cells.Strings(Cell("citedUpdated")),
            Outcomes(Cell("relationshipOutcomes")));
    }

    /// <summary>The change in the order the embedded store reports it: patch order for entities, id order for the rest.</summary>
    public GraphChange Change(IReadOnlyList<Entity> patchEntities, IReadOnlyDictionary<string, IReadOnlyList<Mention>> newMentions)
    {
        var entities = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var added = 0;
        var removed = 0;
        var oldByDocument = OldMentions.ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        foreach (var (documentId, mentions) in newMentions)
        {
            var oldSet = oldByDocument[documentId].ToHashSet();
            var newSet = mentions.ToHashSet();
            added += newSet.Count(m => !oldSet.Contains(m));
            removed += oldSet.Count(m => !newSet.Contains(m));
        }

        return new GraphChange(
            [.. patchEntities.Where(e => entities.TryGetValue(e.Id, out var o) && o.Created).Select(e => e.Id)],
            [.. patchEntities.Where(e => entities.TryGetValue(e.Id, out var o) && o.Changed).Select(e => e.Id)],
            [.. EntitiesDeleted.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. Relationships.Where(r => r.Created).Select(r => r.Id).Order(StringComparer.Ordinal)],
            [.. Relationships.Where(r => r.Changed).Select(r => r.Id).Concat(CitedUpdated).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. CitedDeleted.Concat(FactsOfDeleted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            added,
            removed);
    }

    private static List<(string Id, bool Created, bool Changed)> Outcomes(object? cell) =>
        [.. Maps(cell).Select(map => (Cells.String(map.GetValueOrDefault("id"))!, map.GetValueOrDefault("created") is true, map.GetValueOrDefault("changed") is true))];

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(object? cell) => Cells.List(cell).Select(Cells.Map);

    private static int IndexOf(IReadOnlyList<string> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == name)
            {
                return i;
            }
        }

        throw new GraphStoreException("OicGraph.Neo4j.UnexpectedWriteResult", $"the write statement answered no column '{name}'.");
    }
}
