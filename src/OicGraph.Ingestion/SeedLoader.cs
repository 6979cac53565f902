using OicGraph.Extraction;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Seeding;

namespace OicGraph.Ingestion;

/// <summary>
/// Fills an empty store from <c>graph-seed/</c>: the reference data and every seed document through the extraction
/// pipeline, as ONE atomic patch. A first seed killed at any point therefore leaves the store empty or complete, never
/// half-seeded, and an empty store is seeded again next time; a store that holds any document is left alone, so nothing
/// is duplicated and documents a user deleted stay deleted. The API runs it on start, <c>ingest --data</c> before loading.
/// </summary>
public static class SeedLoader
{
    /// <param name="seedDirectory">Finds the seed folder; called only when the store is empty, so a seeded store needs none.</param>
    public static async Task<SeedOutcome> SeedIfEmptyAsync(IGraphStore store, IEntityExtractor extractor, Func<string> seedDirectory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Documents > 0)
        {
            return new SeedOutcome.AlreadySeeded(stats.Documents, stats.Entities);
        }

        var seed = SeedGraph.Build(extractor, await SeedFolder.ReadDocumentsAsync(seedDirectory(), cancellationToken), now, cancellationToken);
        try
        {
            var change = await store.ApplyAsync(seed, cancellationToken);
            return new SeedOutcome.Seeded(seed.Documents.Count, change.EntitiesCreated.Count, change.RelationshipsCreated.Count);
        }
        catch (DocumentExistsException taken)
        {
            // Someone stored a document of the same id while the seed was being extracted: the store is not empty any more.
            return new SeedOutcome.Preempted(taken.DocumentId);
        }
    }
}

/// <summary>What <see cref="SeedLoader.SeedIfEmptyAsync"/> found or did.</summary>
public abstract record SeedOutcome
{
    private SeedOutcome()
    {
    }

    /// <summary>The store held documents already; nothing was written.</summary>
    public sealed record AlreadySeeded(int Documents, int Entities) : SeedOutcome;

    public sealed record Seeded(int Documents, int EntitiesCreated, int RelationshipsCreated) : SeedOutcome;

    /// <summary>A client stored <paramref name="DocumentId"/> while the seed was being extracted; the seed was not written.</summary>
    public sealed record Preempted(string DocumentId) : SeedOutcome;
}
