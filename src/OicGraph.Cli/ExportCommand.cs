using OicGraph.Extraction;
using OicGraph.Extraction.Graph;
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

    public static CliCommand Command { get; } = CliCommand.WithoutInput(
        "export",
        "write the seed graph as a cypher-shell script (graph-seed/seed.cypher)",
        "oicgraph export --format cypher [--seed GRAPH-SEED-DIR]",
        """
        export --format cypher   Builds the graph the API seeds from graph-seed/ (reference data, then every document
                                 through the extraction pipeline) and prints it as one cypher-shell script: schema,
                                 documents, entities, facts and mentions, sorted, so the script is the same on every run.
        --seed DIR               The graph-seed folder (default: the nearest graph-seed/ above this folder or the tool).
        """,
        RunAsync);

    private static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var format = ValueOf(args, "--format");
        if (args.Where((a, i) => a.StartsWith('-') && a is not ("--format" or "--seed") && (i == 0 || args[i - 1] is not ("--format" or "--seed"))).FirstOrDefault() is { } option)
        {
            return await CliApp.UsageError(Command, error, $"unknown option '{option}'.");
        }

        if (format != "cypher")
        {
            return await CliApp.UsageError(Command, error, format is null ? "say the format: --format cypher." : $"unknown format '{format}'; the only format is cypher.");
        }

        string folder;
        try
        {
            folder = SeedFolder.Find(ValueOf(args, "--seed"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException e)
        {
            await error.WriteLineAsync("oicgraph export: " + e.Message);
            return ExitCodes.Failed;
        }

        await output.WriteAsync(CypherSeedWriter.Write(await BuildSeedGraphAsync(folder, cancellationToken)));
        return ExitCodes.Ok;
    }

    public static async Task<GraphPatch> BuildSeedGraphAsync(string seedFolder, CancellationToken cancellationToken) =>
        SeedGraph.Build(ExtractionPipeline.CreateDefault(), await SeedFolder.ReadDocumentsAsync(seedFolder, cancellationToken), ExportedAt, cancellationToken);

    private static string? ValueOf(string[] args, string option)
    {
        var at = Array.IndexOf(args, option);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
