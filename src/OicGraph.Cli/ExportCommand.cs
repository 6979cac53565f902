using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Seeding;
using OicGraph.Graph.Seeding;

namespace OicGraph.Cli;

/// <summary>
/// <c>export --format cypher [--seed DIR]</c>: the graph the API seeds from <c>graph-seed/</c> (reference data, then every
/// document through the extraction pipeline), as one cypher-shell script on standard output.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Every document of the export is stamped with this instant, so the script is the same on every run.</summary>
    public static readonly DateTimeOffset ExportedAt = DateTimeOffset.UnixEpoch;

    public const string Usage = "usage: oicgraph export --format cypher [--seed GRAPH-SEED-DIR]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var format = ValueOf(args, "--format");
        if (format != "cypher")
        {
            await error.WriteLineAsync(format is null ? Usage : $"unknown format '{format}'; the only format is cypher.\n{Usage}");
            return 2;
        }

        string folder;
        try
        {
            folder = SeedFolder.Find(ValueOf(args, "--seed"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }

        await output.WriteAsync(CypherSeedWriter.Write(await BuildSeedGraphAsync(folder, cancellationToken)));
        return 0;
    }

    public static async Task<GraphPatch> BuildSeedGraphAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var extractor = ExtractionPipeline.CreateDefault();
        var patches = new List<GraphPatch> { ReferenceGraph.Build(ExportedAt) };
        foreach (var seed in await SeedFolder.ReadDocumentsAsync(seedFolder, cancellationToken))
        {
            var result = extractor.Extract(new ExtractionInput(seed.Text, seed.Id, seed.Date), cancellationToken);
            var document = Document.Create(
                seed.Id, DocumentKinds.Article, seed.Title, seed.SourceUrl, seed.Date ?? result.Document.Date, seed.Language, seed.Script, seed.Text, ExportedAt);
            patches.Add(GraphPatches.FromExtraction(result, document));
        }

        return GraphPatchCombiner.Combine(patches);
    }

    private static string? ValueOf(string[] args, string option)
    {
        var at = Array.IndexOf(args, option);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
