using System.Text.Json;

namespace OicGraph.Cli;

/// <summary>
/// One line of a JSONL input, as <c>extract --jsonl</c> and <c>ingest</c> both read it: an object with a <c>text</c>
/// string and an optional <c>id</c> string, plus (for <c>ingest</c>) optional <c>title</c>, <c>date</c>
/// and <c>sourceUrl</c> strings (other fields are ignored), or what is wrong with it, worded for the user without the
/// line number (the caller adds it).
/// </summary>
internal sealed record JsonLineDocument(string? Text, string? Id, string? Title, string? Date, string? SourceUrl, string? Problem)
{
    private const string Shape = "{\"id\": \"a\", \"text\": \"...\"}";

    private static readonly string[] IdOnly = ["id"];
    private static readonly string[] IdAndMetadata = ["id", "title", "date", "sourceUrl"];

    public static JsonLineDocument Parse(string line, bool withMetadata)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Wrong($"not valid JSON at column {(e.BytePositionInLine ?? 0) + 1}; each line is an object like {Shape}.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Wrong($"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object like {Shape}.");
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Wrong("no \"text\" string.");
            }

            var optional = new string?[IdAndMetadata.Length];
            var names = withMetadata ? IdAndMetadata : IdOnly;
            for (var i = 0; i < names.Length; i++)
            {
                if (root.TryGetProperty(names[i], out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return Wrong($"\"{names[i]}\" must be a string.");
                }

                optional[i] = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }

            return new JsonLineDocument(text.GetString(), optional[0], optional[1], optional[2], optional[3], null);
        }
    }

    private static JsonLineDocument Wrong(string problem) => new(null, null, null, null, null, problem);
}
