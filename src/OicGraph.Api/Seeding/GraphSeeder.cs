using Microsoft.Extensions.Options;
using OicGraph.Extraction;
using OicGraph.Graph;
using OicGraph.Graph.Seeding;
using OicGraph.Ingestion;

namespace OicGraph.Api.Seeding;

/// <summary>On start, fills an empty store from <c>graph-seed/</c> (<see cref="SeedLoader"/>: one atomic patch, or nothing).</summary>
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

        var started = clock.GetTimestamp();
        string FindSeed()
        {
            var directory = SeedFolder.Find(options.Value.Directory, environment.ContentRootPath, AppContext.BaseDirectory);
            progress.Begin($"Seeding the graph from {directory}.");
            LogSeeding(logger, directory);
            return directory;
        }

        switch (await SeedLoader.SeedIfEmptyAsync(store, extractor, FindSeed, clock.GetUtcNow(), cancellationToken))
        {
            case SeedOutcome.AlreadySeeded already:
                LogAlreadySeeded(logger, already.Documents, already.Entities);
                break;
            case SeedOutcome.Seeded seeded:
                LogDone(logger, seeded.Documents, seeded.EntitiesCreated, seeded.RelationshipsCreated, clock.GetElapsedTime(started).TotalMilliseconds);
                break;
            case SeedOutcome.Preempted preempted:
                LogPreempted(logger, preempted.DocumentId);
                break;
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
