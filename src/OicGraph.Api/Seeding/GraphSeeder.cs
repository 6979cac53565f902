using Microsoft.Extensions.Options;
using OicGraph.Api.Ingestion;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;

namespace OicGraph.Api.Seeding;

/// <summary>
/// On start, fills an empty store from <c>graph-seed/</c>: the reference data first, then every document through the
/// extraction pipeline. A store that has any document is left alone, so restarts never duplicate anything.
/// </summary>
internal sealed partial class GraphSeeder(
    IGraphStore store,
    DocumentIngestor ingestor,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<GraphSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Documents > 0)
        {
            LogAlreadySeeded(logger, stats.Documents, stats.Entities);
            return;
        }

        var directory = SeedDirectory.Find(options.Value.Directory, environment.ContentRootPath);
        var started = clock.GetTimestamp();
        await store.ApplyAsync(ReferenceGraph.Build(clock.GetUtcNow()), cancellationToken);
        var manifest = SeedManifest.Read(directory);
        foreach (var path in Directory.GetFiles(Path.Combine(directory, "documents"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var entry = manifest.Documents.FirstOrDefault(d => d.File == name);
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var id = entry?.Id ?? SeedDirectory.IdOf(name);
            var outcome = await ingestor.IngestAsync(new NewDocument(text, id, entry?.Title ?? id, entry?.SourceUrl, entry?.Date, entry?.Language ?? "kk", entry?.Script ?? "Arab"), cancellationToken);
            LogSeeded(logger, id, outcome.Change.EntitiesCreated.Count, outcome.Change.RelationshipsCreated.Count);
        }

        LogDone(logger, directory, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The graph already holds {Documents} documents and {Entities} entities; not seeding.")]
    private static partial void LogAlreadySeeded(ILogger logger, int documents, int entities);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Document}: {Entities} new entities, {Relationships} new relationships.")]
    private static partial void LogSeeded(ILogger logger, string document, int entities, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the graph from {Directory} in {Milliseconds:F0} ms.")]
    private static partial void LogDone(ILogger logger, string directory, double milliseconds);
}
