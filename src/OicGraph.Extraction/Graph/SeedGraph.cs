using OicGraph.Extraction.Contract;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using OicGraph.Graph.Seeding;

namespace OicGraph.Extraction.Graph;

/// <summary>
/// The whole seed as one patch: the reference data, then every seed document through the extractor, folded together as
/// applying them in that order would. The API stores it in one atomic write (so a first seed is all there or not at all)
/// and the CLI exports it as a script.
/// </summary>
public static class SeedGraph
{
    public static GraphPatch Build(IEntityExtractor extractor, IReadOnlyList<SeedDocument> seeds, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var patches = new List<GraphPatch> { ReferenceGraph.Build(ingestedAt) };
        foreach (var seed in seeds)
        {
            var result = extractor.Extract(new ExtractionInput(seed.Text, seed.Id, seed.Date), cancellationToken);
            var document = Document.Create(
                seed.Id, DocumentKinds.Article, seed.Title, seed.SourceUrl, seed.Date ?? result.Document.Date, seed.Language, seed.Script, seed.Text, ingestedAt);
            patches.Add(GraphPatches.FromExtraction(result, document));
        }

        var combined = GraphPatchCombiner.Combine(patches);
        return combined with { CreateOnly = [.. combined.Documents.Select(d => d.Id)] };
    }
}
