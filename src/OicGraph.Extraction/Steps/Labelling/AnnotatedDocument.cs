using System.Text.Json;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>One line of a KazNERD-style JSONL file: <c>{"id", "text", "spans": [{"start", "end", "type"}]}</c>.</summary>
public sealed record AnnotatedDocument(string Id, string Text, IReadOnlyList<GoldSpan> Spans)
{
    /// <summary>Parses one line; a line that is not such an object is a <see cref="FormatException"/> naming what is missing.</summary>
    public static AnnotatedDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("spans", out var spans) || spans.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("each line must be an object with \"id\" and \"text\" strings and a \"spans\" array.");
        }

        var value = text.GetString()!;
        var gold = new List<GoldSpan>();
        foreach (var span in spans.EnumerateArray())
        {
            if (!span.TryGetProperty("start", out var s) || !span.TryGetProperty("end", out var e) || !span.TryGetProperty("type", out var t)
                || !s.TryGetInt32(out var start) || !e.TryGetInt32(out var end) || t.ValueKind != JsonValueKind.String
                || start < 0 || end <= start || end > value.Length)
            {
                throw new FormatException("each span needs integer \"start\" < \"end\" within the text and a \"type\" string.");
            }

            gold.Add(new GoldSpan(start, end, t.GetString()!));
        }

        return new AnnotatedDocument(id.GetString()!, value, gold);
    }
}
