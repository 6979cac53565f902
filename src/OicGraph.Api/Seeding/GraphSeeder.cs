using Microsoft.Extensions.Options;
using OicGraph.Extraction;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Seeding;

namespace OicGraph.Api.Seeding;

/// <summary>
/// On start, fills an empty store from <c>graph-seed/</c>: the reference data and every document through the extraction
/// pipeline, as ONE atomic patch. A first seed killed at any point therefore leaves the store empty or complete, never
/// half-seeded, and an empty store is seeded again on the next start; a store that holds any document is left alone, so
/// restarts never duplicate anything and documents a user deleted stay deleted.
/// </summary>
internal sealed partial class GraphSeeder(
    IGraphStore store,
    IEntityExtractor extractor,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    SeedProgress progress,
    ILogger<GraphSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            progress.Complete();
            return;
        }

        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Documents > 0)
        {
            LogAlreadySeeded(logger, stats.Documents, stats.Entities);
            progress.Complete();
            return;
        }

        var directory = SeedFolder.Find(options.Value.Directory, environment.ContentRootPath, AppContext.BaseDirectory);
        progress.Begin($"Seeding the graph from {directory}.");
        LogSeeding(logger, directory);
        var started = clock.GetTimestamp();
        var seed = SeedGraph.Build(extractor, await SeedFolder.ReadDocumentsAsync(directory, cancellationToken), clock.GetUtcNow(), cancellationToken);
        try
        {
            var change = await store.ApplyAsync(seed, cancellationToken);
            LogDone(logger, seed.Documents.Count, change.EntitiesCreated.Count, change.RelationshipsCreated.Count, clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DocumentExistsException taken)
        {
            // A client posted a document of the same id while the seed was being extracted: the store is not empty any more.
            LogPreempted(logger, taken.DocumentId);
        }

        progress.Complete();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The graph already holds {Documents} documents and {Entities} entities; not seeding.")]
    private static partial void LogAlreadySeeded(ILogger logger, int documents, int entities);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the empty graph from {Directory}.")]
    private static partial void LogSeeding(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Documents} documents: {Entities} entities, {Relationships} relationships, in {Milliseconds:F0} ms.")]
    private static partial void LogDone(ILogger logger, int documents, int entities, int relationships, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not seeding: document '{Document}' was stored by a client meanwhile.")]
    private static partial void LogPreempted(ILogger logger, string document);
}
