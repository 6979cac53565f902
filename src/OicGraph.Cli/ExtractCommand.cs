using System.Text.Json;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Seeding;

namespace OicGraph.Cli;

/// <summary><c>extract FILE</c> prints one result; <c>extract --jsonl FILE</c> one result per input line, same id. <c>-</c> reads standard input.</summary>
internal static class ExtractCommand
{
    public static CliCommand Command { get; } = new(
        "extract",
        "extract entities and relations from a text, or from each line of a JSONL file",
        "oicgraph extract FILE | extract --jsonl FILE",
        """
        extract FILE          Reads one Kazakh Arabic-script text (UTF-8) and prints its extraction contract as indented
                              JSON: the document, entities with names and mentions, relationships with evidence.
                              Offsets are .NET string indices into the exact text.
        extract --jsonl FILE  Reads one JSON object per line, {"id": "...", "text": "..."}, and prints one compact
                              result per line with the same id at the top level; blank lines are skipped.
        FILE of -             Reads standard input.

        The document id follows the API's rule: the id given (a JSONL line's "id", or graph-seed/documents.json for a
        file listed there), else the file name up to its first dot, else doc- and 12 hex digits of the text's SHA-256.
        """,
        RunAsync);

    private static async Task<int> RunAsync(string[] args, CliStreams streams, CancellationToken cancellationToken)
    {
        var jsonl = args.Contains("--jsonl", StringComparer.Ordinal);
        var rest = args.Where(a => a != "--jsonl").ToList();
        if (rest.FirstOrDefault(a => a.StartsWith('-') && a != "-") is { } option)
        {
            return await CliApp.UsageError(Command, streams.Error, $"unknown option '{option}'.");
        }

        if (rest.Count != 1)
        {
            return await CliApp.UsageError(Command, streams.Error, rest.Count == 0 ? "name the file to read (or - for standard input)." : $"one file at a time, not {rest.Count}.");
        }

        var path = rest[0];
        if (path != "-" && await Unreadable(path, streams.Error) is { } failed)
        {
            return failed;
        }

        var extractor = ExtractionPipeline.CreateDefault();
        using var reader = path == "-" ? null : new StreamReader(path);
        var input = reader ?? streams.Input;
        if (jsonl)
        {
            return await ExtractLinesAsync(extractor, input, streams, cancellationToken);
        }

        var text = await input.ReadToEndAsync(cancellationToken);
        var id = path == "-" ? DocumentIds.ForText(text) : DocumentIds.Choose(await ManifestIdAsync(path, text, cancellationToken), Path.GetFileName(path), text);
        var result = extractor.Extract(new ExtractionInput(text, id), cancellationToken);
        await streams.Output.WriteLineAsync(ExtractionJson.Serialize(result, indented: true));
        return ExitCodes.Ok;
    }

    private static async Task<int?> Unreadable(string path, TextWriter error)
    {
        var problem = Directory.Exists(path) ? $"'{path}' is a directory; give one file (or - for standard input)."
            : !File.Exists(path) ? $"no such file: {path}"
            : null;
        if (problem is null)
        {
            return null;
        }

        await error.WriteLineAsync("oicgraph extract: " + problem);
        return ExitCodes.Failed;
    }

    /// <summary>The id graph-seed/documents.json gives a file of graph-seed/documents/, so the CLI and the seeded server agree.</summary>
    private static async Task<string?> ManifestIdAsync(string path, string text, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || Path.GetFileName(folder) != "documents" || Path.GetDirectoryName(folder) is not { } seed || !File.Exists(Path.Combine(seed, "documents.json")))
        {
            return null;
        }

        var documents = await SeedFolder.ReadDocumentsAsync(seed, cancellationToken);
        return documents.FirstOrDefault(d => d.Text == text)?.Id;
    }

    // Lines are extracted in parallel, a thread per core (each is independent), and printed in input order; a bad line
    // stops the command once every line before it has been printed.
    private static async Task<int> ExtractLinesAsync(IEntityExtractor extractor, TextReader input, CliStreams streams, CancellationToken cancellationToken)
    {
        var status = ExitCodes.Ok;
        await OrderedWork.RunAsync(
            ReadLines(input, cancellationToken).ToAsyncEnumerable(),
            (line, ct) => line.Problem is null ? ExtractLine(extractor, line, ct) : (line, null),
            async output =>
            {
                if (output.Result is null)
                {
                    status = ExitCodes.Failed;
                    await streams.Error.WriteLineAsync($"oicgraph extract: line {output.Line.Number}: {output.Line.Problem}");
                    return false;
                }

                await streams.Output.WriteLineAsync(output.Result);
                return true;
            },
            OrderedWork.DefaultWindow,
            OrderedWork.DefaultWorkers,
            cancellationToken);
        return status;
    }

    private static (JsonLine Line, string? Result) ExtractLine(IEntityExtractor extractor, JsonLine line, CancellationToken cancellationToken)
    {
        var result = extractor.Extract(new ExtractionInput(line.Text!, DocumentIds.Choose(line.Id, fileName: null, line.Text!)), cancellationToken);
        return (line, JsonSerializer.Serialize(JsonLineResult.Of(line.Id ?? result.Document.Id, result), ExtractionJson.Options));
    }

    // Read synchronously: an asynchronous read of a file is a thread-pool work item, and each one woke a pool thread that
    // then spun waiting for more work beside the extraction threads (Console.In reads synchronously whatever is called).
    private static IEnumerable<JsonLine> ReadLines(TextReader input, CancellationToken cancellationToken)
    {
        var number = 0;
        while (input.ReadLine() is { } text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                var (body, id, problem) = Read(text);
                yield return new JsonLine(number, body, id, problem);
            }
        }
    }

    /// <summary>One non-blank input line: its text and id, or what is wrong with it.</summary>
    private sealed record JsonLine(int Number, string? Text, string? Id, string? Problem);

    private static (string? Text, string? Id, string? Problem) Read(string line)
    {
        var document = JsonLineDocument.Parse(line, withMetadata: false);
        return document.Problem is not null ? (null, null, document.Problem)
            : document.Id is { } given && !DocumentIds.IsValid(given) ? (null, null, $"\"id\" '{given}' is not a document id: {DocumentIds.Rule}")
            : (document.Text, document.Id, null);
    }

    // The result's own fields plus the input's id at the top level, as score_ner.py and the seeder read it.
    internal sealed record JsonLineResult(
        string? Id,
        ExtractedDocument Document,
        IReadOnlyList<ExtractedEntity> Entities,
        IReadOnlyList<ExtractedRelationship> Relationships)
    {
        public static JsonLineResult Of(string? id, ExtractionResult result) =>
            new(id, result.Document, result.Entities, result.Relationships);
    }
}
