using System.Text.Json;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Seeding;

/// <summary>
/// Reads <c>graph-seed/</c>: every <c>documents/*.txt</c> in file-name order, byte for byte, with the title, source URL,
/// date and language that <c>documents.json</c> gives it. Ids follow <see cref="DocumentIds"/>: a text the manifest does
/// not list is named after its file (up to the first dot), and titled by its id. Shared by the API's seeder and the CLI's export, so both see the same documents.
/// </summary>
public static class SeedFolder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The configured folder, or the nearest <c>graph-seed</c> holding <c>documents/</c> above any of the start folders.</summary>
    public static string Find(string? configured, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, startFolders.FirstOrDefault() ?? Directory.GetCurrentDirectory());
            return Directory.Exists(Path.Combine(full, "documents"))
                ? full
                : throw new DirectoryNotFoundException($"The seed folder '{configured}' ('{full}') has no documents/ folder.");
        }

        foreach (var start in startFolders)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "graph-seed");
                if (Directory.Exists(Path.Combine(candidate, "documents")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No graph-seed/documents folder above {string.Join(" or ", startFolders)}.");
    }

    public static async Task<IReadOnlyList<SeedDocument>> ReadDocumentsAsync(string seedFolder, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(seedFolder, "documents.json");
        var manifest = File.Exists(manifestPath)
            ? JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), Json)?.Documents ?? []
            : [];
        var documents = new List<SeedDocument>();
        foreach (var path in Directory.GetFiles(Path.Combine(seedFolder, "documents"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var entry = manifest.FirstOrDefault(d => d.File == name);
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var id = DocumentIds.Choose(entry?.Id, name, text);
            documents.Add(new SeedDocument(id, entry?.Title ?? id, entry?.SourceUrl, entry?.Date, entry?.Language ?? "kk", entry?.Script ?? "Arab", text));
        }

        return documents;
    }

    private sealed record Manifest(IReadOnlyList<ManifestEntry> Documents);

    private sealed record ManifestEntry(string File, string Id, string? Title, string? SourceUrl, string? Date, string? Language, string? Script);
}
