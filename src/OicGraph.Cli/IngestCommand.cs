using OicGraph.Extraction;
using OicGraph.Graph;
using OicGraph.Graph.Embedded;
using OicGraph.Graph.Seeding;
using OicGraph.Ingestion;

namespace OicGraph.Cli;

/// <summary>
/// <c>ingest SOURCE --api URL</c> loads a corpus (a folder of texts or a JSONL file) into a running OicGraph API through its
/// batch endpoint; <c>ingest SOURCE --data DIR</c> straight into an embedded data directory no API holds. Progress goes to
/// standard error and a summary to standard output.
/// </summary>
internal static class IngestCommand
{
    private const string ApiKeyVariable = "OICGRAPH_API_KEY";

    public static CliCommand Command { get; } = Create(handler: null, TimeProvider.System);

    /// <summary>The command with its HTTP handler given (tests pass an in-memory server's); null uses the network.</summary>
    internal static CliCommand Create(Func<HttpMessageHandler>? handler, TimeProvider clock) => new(
        "ingest",
        "load a folder of texts or a JSONL file into a running API or a data directory, with progress",
        "oicgraph ingest FOLDER|FILE.jsonl|- --api URL [--api-key KEY] [--batch N] | --data DIR [--no-seed]",
        $"""
        ingest FOLDER         Every *.txt file of FOLDER is a document (UTF-8); its id is the file name up to its first
                              dot, as the API and 'extract' name it.
        ingest FILE.jsonl     One JSON object a line: {"{"}"text": "...", "id", "title", "date", "sourceUrl"{"}"} (all but text
                              optional). A FILE of - reads standard input.
        --api URL             The API to load into (e.g. http://localhost:5080): documents go in batches to
                              POST /api/documents/batch, each extracted and stored atomically by the server.
        --api-key KEY         Its write key (X-Api-Key); default: the {ApiKeyVariable} environment variable.
        --batch N             Documents per request (default {ApiIngestTarget.DefaultBatchDocuments}; a batch is also cut at 2 MiB of text).
        --data DIR            Instead of an API: the embedded store's data directory (the API's Graph:Embedded:DataDirectory,
                              src/OicGraph.Api/data by default), created when missing. No API may hold it meanwhile (the
                              store takes a lock and says so). Each document is checked by the API's rules, extracted on
                              every core and stored atomically, in input order. An empty store is first seeded from
                              graph-seed/ (the nearest above the working directory), as the API would on its first start.
        --no-seed             With --data: leave an empty store unseeded.

        Progress goes to standard error: a bar with documents, MB/s and ETA on a terminal, a plain line every
        {IngestProgress.LineInterval.TotalSeconds:0} s otherwise. Standard output gets one summary line; each document
        the server refused is listed on standard error with its line or file and why. Exit 1 if any document failed.
        A document whose text is stored already counts as already present and changes nothing, so an interrupted
        ingest can simply be run again.
        """,
        (args, streams, cancellationToken) => RunAsync(args, streams, handler, clock, cancellationToken));

    private static async Task<int> RunAsync(string[] args, CliStreams streams, Func<HttpMessageHandler>? handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var parsed = IngestArguments.Parse(args, Environment.GetEnvironmentVariable(ApiKeyVariable));
        if (parsed.Problem is { } problem)
        {
            return await CliApp.UsageError(Command, streams.Error, problem);
        }

        IngestSource source;
        try
        {
            source = parsed.Source == "-" ? IngestSource.JsonLines(streams.Input)
                : Directory.Exists(parsed.Source) ? IngestSource.Folder(parsed.Source)
                : File.Exists(parsed.Source) ? IngestSource.JsonLines(parsed.Source)
                : throw new IngestInputException($"no such file or folder: {parsed.Source}");
        }
        catch (IngestInputException e)
        {
            await streams.Error.WriteLineAsync("oicgraph ingest: " + e.Message);
            return ExitCodes.Failed;
        }

        var terminal = ReferenceEquals(streams.Error, Console.Error) && !Console.IsErrorRedirected;
        var progress = new IngestProgress(streams.Error, terminal, source.TotalBytes, clock);
        var tally = new IngestTally();
        string? stopped;
        if (parsed.DataDirectory is { } data)
        {
            stopped = await IngestIntoDirectoryAsync(Path.GetFullPath(data), parsed.Seed, source, tally, progress, streams, clock, cancellationToken);
        }
        else
        {
            stopped = await IngestThroughApiAsync(parsed, handler, source, tally, progress, clock, cancellationToken);
        }

        await progress.FinishAsync();
        foreach (var failure in tally.Failures)
        {
            await streams.Error.WriteLineAsync("oicgraph ingest: " + failure);
        }

        if (stopped is not null)
        {
            await streams.Error.WriteLineAsync($"oicgraph ingest: stopped after {progress.Documents} documents: {stopped}");
        }

        await streams.Output.WriteLineAsync(FormattableString.Invariant(
            $"{tally.Created} created, {tally.AlreadyPresent} already present, {tally.Failed} failed: {progress.Documents} documents, {progress.Bytes / 1e6:0.00} MB in {progress.Elapsed.TotalSeconds:0.0} s ({progress.MegabytesPerSecond:0.00} MB/s, {progress.Documents / Math.Max(progress.Elapsed.TotalSeconds, 1e-9):0.0} documents/s)"));
        return stopped is null && tally.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>Loads through the API's batch endpoint; the reason it stopped early, or null.</summary>
    private static async Task<string?> IngestThroughApiAsync(IngestArguments parsed, Func<HttpMessageHandler>? handler, IngestSource source, IngestTally tally, IngestProgress progress, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var client = handler is null ? new HttpClient() : new HttpClient(handler(), disposeHandler: true);
        client.BaseAddress = parsed.Api;
        client.Timeout = TimeSpan.FromMinutes(10);
        if (parsed.ApiKey is { } key)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var target = new ApiIngestTarget(client, parsed.BatchDocuments, ApiIngestTarget.DefaultBatchBytes, clock);
        try
        {
            await target.RunAsync(source.ReadAsync(cancellationToken), tally, progress, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is IngestInputException or IngestTargetException)
        {
            return e.Message;
        }
        catch (HttpRequestException e)
        {
            return $"cannot reach {parsed.Api}: {e.Message}";
        }
    }

    /// <summary>Loads straight into the embedded store in <paramref name="directory"/>; the reason it stopped early, or null.</summary>
    private static async Task<string?> IngestIntoDirectoryAsync(string directory, bool seed, IngestSource source, IngestTally tally, IngestProgress progress, CliStreams streams, TimeProvider clock, CancellationToken cancellationToken)
    {
        EmbeddedGraphStore store;
        try
        {
            store = EmbeddedGraphStore.Open(directory);
        }
        catch (Exception e) when (e is GraphStoreUnavailableException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }

        using (store)
        {
            var extractor = ExtractionPipeline.CreateDefault();
            if (seed)
            {
                try
                {
                    var outcome = await SeedLoader.SeedIfEmptyAsync(store, extractor, () => SeedFolder.Find(null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory), clock.GetUtcNow(), cancellationToken);
                    if (outcome is SeedOutcome.Seeded seeded)
                    {
                        await streams.Error.WriteLineAsync($"oicgraph ingest: seeded the empty store in {directory} from graph-seed/: {seeded.Documents} documents, {seeded.EntitiesCreated} entities, {seeded.RelationshipsCreated} relationships.");
                    }
                }
                catch (DirectoryNotFoundException e)
                {
                    return $"{e.Message} Run from the repository (or pass --no-seed to leave the empty store unseeded).";
                }
            }

            try
            {
                await new EmbeddedIngestTarget(new DocumentIngestor(extractor, store, clock)).RunAsync(source.ReadAsync(cancellationToken), tally, progress, cancellationToken);
                return null;
            }
            catch (IngestInputException e)
            {
                return e.Message;
            }
        }
    }
}
