using System.Text.Json;

namespace OicGraph.Api.Seeding;

/// <summary>
/// <c>graph-seed/documents.json</c>: the metadata the seed texts cannot carry themselves (title, source URL). A text file
/// under <c>documents/</c> that the manifest does not list is still loaded, with its file name as id and title.
/// </summary>
internal sealed record SeedManifest(IReadOnlyList<SeedManifestEntry> Documents)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SeedManifest Read(string seedDirectory)
    {
        var path = Path.Combine(seedDirectory, "documents.json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<SeedManifest>(File.ReadAllText(path), Json) ?? new([])
            : new([]);
    }
}

internal sealed record SeedManifestEntry(string File, string Id, string? Title, string? SourceUrl, string? Date, string Language = "kk", string Script = "Arab");
