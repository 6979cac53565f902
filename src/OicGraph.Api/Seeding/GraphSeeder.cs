using Microsoft.Extensions.Options;
using OicGraph.Api.Ingestion;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Seeding;

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

        var directory = SeedFolder.Find(options.Value.Directory, environment.ContentRootPath, AppContext.BaseDirectory);
        var started = clock.GetTimestamp();
        await store.ApplyAsync(ReferenceGraph.Build(clock.GetUtcNow()), cancellationToken);
        foreach (var document in await SeedFolder.ReadDocumentsAsync(directory, cancellationToken))
        {
            var outcome = await ingestor.IngestAsync(
                new NewDocument(document.Text, document.Id, document.Title, document.SourceUrl, document.Date, document.Language, document.Script),
                cancellationToken);
            LogSeeded(logger, document.Id, outcome.Change.EntitiesCreated.Count, outcome.Change.RelationshipsCreated.Count);
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
