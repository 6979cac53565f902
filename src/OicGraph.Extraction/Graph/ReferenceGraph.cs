using System.Security.Cryptography;
using System.Text;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Graph;

/// <summary>
/// The facts of graph-seed/reference as one patch: each file is a document of kind <c>reference</c>, each entity is
/// mentioned at its row and each fact's evidence is the row that states it.
/// </summary>
public static class ReferenceGraph
{
    public static GraphPatch Build(DateTimeOffset ingestedAt) => Build(ExtractionResources.Shared.Reference, ingestedAt);

    internal static GraphPatch Build(ReferenceData reference, DateTimeOffset ingestedAt)
    {
        var documents = reference.Tables.Select(t => Document(t, ingestedAt)).ToList();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var mentions = new List<Mention>();
        foreach (var entry in reference.Entries)
        {
            var names = ReferenceNames.For(entry);
            entities.TryAdd(entry.Id, new Entity(
                entry.Id,
                entry.Type,
                entry.NameEn,
                names,
                [.. entry.Variants],
                new SortedDictionary<string, string>(entry.Properties.ToDictionary(), StringComparer.Ordinal),
                GraphPatches.SearchKeysOf(names.Values.Concat(entry.Variants))));
            mentions.Add(new Mention(ReferenceData.DocumentId(entry.File), entry.Id, entry.Row.Start, entry.Row.End, RowText(reference, entry.File, entry.Row), entry.Row.Line));
        }

        var relationships = reference.Facts
            .Where(f => entities.ContainsKey(f.Source) && entities.ContainsKey(f.Target))
            .Select(f => new Relationship(
                RelationshipIds.For(f.Type, f.Source, f.Target, f.Properties),
                f.Type,
                f.Source,
                f.Target,
                f.Properties,
                [new Evidence(ReferenceData.DocumentId(f.File), f.Row.Start, f.Row.End, RowText(reference, f.File, f.Row), f.Row.Line)]))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { Evidence = [.. g.SelectMany(r => r.Evidence)] })
            .ToList();
        return new GraphPatch(documents, [.. entities.Values], relationships, mentions);
    }

    private static string RowText(ReferenceData reference, string file, CsvRow row) =>
        reference.Tables.First(t => t.Name == file).Text[row.Start..row.End];

    private static Document Document(CsvTable table, DateTimeOffset ingestedAt) => new(
        ReferenceData.DocumentId(table.Name),
        DocumentKinds.Reference,
        $"Reference data: {table.Name}.csv",
        $"graph-seed/reference/{table.Name}.csv",
        null,
        "kk",
        "Cyrl",
        table.Text,
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(table.Text))),
        ingestedAt);
}
