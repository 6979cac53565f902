using System.Text.Json;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;

namespace OicGraph.Cli;

/// <summary><c>extract FILE</c> prints one result; <c>extract --jsonl IN.jsonl</c> prints one result per input line, same id.</summary>
internal static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var jsonl = args.Contains("--jsonl", StringComparer.Ordinal);
        var files = args.Where(a => a != "--jsonl").ToList();
        if (files.Count != 1)
        {
            await error.WriteLineAsync(CliApp.Usage);
            return 2;
        }

        var path = files[0];
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"extract: no such file: {path}");
            return 1;
        }

        var extractor = ExtractionPipeline.CreateDefault();
        if (!jsonl)
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var id = Path.GetFileNameWithoutExtension(path);
            var result = extractor.Extract(new ExtractionInput(text, id), cancellationToken);
            await output.WriteLineAsync(ExtractionJson.Serialize(result, indented: true));
            return 0;
        }

        return await ExtractLinesAsync(extractor, path, output, error, cancellationToken);
    }

    private static async Task<int> ExtractLinesAsync(IEntityExtractor extractor, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonLine? input;
            try
            {
                input = JsonSerializer.Deserialize<JsonLine>(line, ExtractionJson.Options);
            }
            catch (JsonException e)
            {
                await error.WriteLineAsync($"extract: line {lineNumber}: {e.Message}");
                return 1;
            }

            if (input?.Text is null)
            {
                await error.WriteLineAsync($"extract: line {lineNumber}: no \"text\"");
                return 1;
            }

            var result = extractor.Extract(new ExtractionInput(input.Text, input.Id), cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(JsonLineResult.Of(input.Id, result), ExtractionJson.Options));
        }

        return 0;
    }

    private sealed record JsonLine(string? Id, string? Text);

    // The result's own fields plus the input's id at the top level, as score_ner.py and the seeder read it.
    private sealed record JsonLineResult(
        string? Id,
        ExtractedDocument Document,
        IReadOnlyList<ExtractedEntity> Entities,
        IReadOnlyList<ExtractedRelationship> Relationships)
    {
        public static JsonLineResult Of(string? id, ExtractionResult result) =>
            new(id, result.Document, result.Entities, result.Relationships);
    }
}
