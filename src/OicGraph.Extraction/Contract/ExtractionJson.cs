using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OicGraph.Extraction.Contract;

/// <summary>The one serializer setting of the contract: camelCase, Arabic and Cyrillic written as themselves.</summary>
public static class ExtractionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Serialize(ExtractionResult result, bool indented = false) =>
        JsonSerializer.Serialize(result, indented ? Indented : Options);
}
