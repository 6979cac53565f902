namespace OicGraph.Cli;

/// <summary>
/// <c>ingest SOURCE --api URL</c>: loads a corpus (a folder of texts or a JSONL file) into a running OicGraph API through
/// its batch endpoint, with progress on standard error and a summary on standard output.
/// </summary>
internal static class IngestCommand
{
    private const string ApiKeyVariable = "OICGRAPH_API_KEY";

    public static CliCommand Command { get; } = Create(handler: null, TimeProvider.System);

    /// <summary>The command with its HTTP handler given (tests pass an in-memory server's); null uses the network.</summary>
    internal static CliCommand Create(Func<HttpMessageHandler>? handler, TimeProvider clock) => new(
        "ingest",
        "load a folder of texts or a JSONL file into a running API, with progress",
        "oicgraph ingest FOLDER|FILE.jsonl|- --api URL [--api-key KEY] [--batch N]",
        $"""
        ingest FOLDER         Every *.txt file of FOLDER is a document (UTF-8); its id is the file name up to its first
                              dot, as the API and 'extract' name it.
        ingest FILE.jsonl     One JSON object a line: {"{"}"text": "...", "id", "title", "date", "sourceUrl"{"}"} (all but text
                              optional). A FILE of - reads standard input.
        --api URL             The API to load into (e.g. http://localhost:5080): documents go in batches to
                              POST /api/documents/batch, each extracted and stored atomically by the server.
        --api-key KEY         Its write key (X-Api-Key); default: the {ApiKeyVariable} environment variable.
        --batch N             Documents per request (default {ApiIngestTarget.DefaultBatchDocuments}; a batch is also cut at 2 MiB of text).

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

        using var client = handler is null ? new HttpClient() : new HttpClient(handler(), disposeHandler: true);
        client.BaseAddress = parsed.Api;
        client.Timeout = TimeSpan.FromMinutes(10);
        if (parsed.ApiKey is { } key)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var terminal = ReferenceEquals(streams.Error, Console.Error) && !Console.IsErrorRedirected;
        var progress = new IngestProgress(streams.Error, terminal, source.TotalBytes, clock);
        var tally = new IngestTally();
        var target = new ApiIngestTarget(client, parsed.BatchDocuments, ApiIngestTarget.DefaultBatchBytes, clock);
        string? stopped = null;
        try
        {
            await target.RunAsync(source.ReadAsync(cancellationToken), tally, progress, cancellationToken);
        }
        catch (Exception e) when (e is IngestInputException or IngestTargetException)
        {
            stopped = e.Message;
        }
        catch (HttpRequestException e)
        {
            stopped = $"cannot reach {parsed.Api}: {e.Message}";
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
}
