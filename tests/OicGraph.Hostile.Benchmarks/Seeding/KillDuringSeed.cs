using System.Diagnostics;
using System.Text.Json;
using OicGraph.Hostile.Benchmarks.Process;

namespace OicGraph.Hostile.Benchmarks.Seeding;

/// <summary>
/// kill -9 at a random point of the first seed, then start again on the same files: the seed must be complete (the same
/// counts as an uninterrupted seed) every time. The kill lands uniformly within the time an uninterrupted seed takes,
/// measured first (from the log line that starts the seed to the one that says it is stored); the host seeds before it
/// listens, so the kill needs no HTTP.
/// </summary>
public static class KillDuringSeed
{
    public sealed record Trial(int Number, TimeSpan KilledAfter, bool SeedWasStoredBeforeTheKill, bool CompleteAfterRestart, string Counts);

    public static async Task<IReadOnlyList<Trial>> RunAsync(int trials, int port, Action<string> log, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var (expected, seedTime) = await ReferenceSeedAsync(client, port, cancellationToken);
        log($"uninterrupted seed: {Counts(expected)} in {seedTime.TotalMilliseconds:F0} ms");
        var random = new Random();
        var results = new List<Trial>();
        for (var number = 1; number <= trials; number++)
        {
            var directory = Directory.CreateTempSubdirectory("oicgraph-kill-").FullName;
            try
            {
                var delay = TimeSpan.FromMilliseconds(random.NextDouble() * seedTime.TotalMilliseconds * 1.1);
                bool storedBeforeKill;
                await using (var first = await ApiProcess.StartAsync(directory, port, waitUntilListening: false, cancellationToken: cancellationToken))
                {
                    await first.Seeding.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
                    await Task.Delay(delay, cancellationToken);
                    first.KillHard();
                    storedBeforeKill = first.Seeded.IsCompleted;
                }

                await using var second = await ApiProcess.StartAsync(directory, port, cancellationToken: cancellationToken);
                var after = await second.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(120), cancellationToken);
                var trial = new Trial(number, delay, storedBeforeKill, Counts(after) == Counts(expected), Counts(after));
                results.Add(trial);
                log($"trial {number}: killed {delay.TotalMilliseconds:F0} ms into the seed ({(storedBeforeKill ? "after" : "before")} it was stored); after restart {(trial.CompleteAfterRestart ? "complete" : "INCOMPLETE")}: {trial.Counts}");
            }
            finally
            {
                TryDelete(directory);
            }
        }

        return results;
    }

    private static async Task<(JsonElement Stats, TimeSpan SeedTime)> ReferenceSeedAsync(HttpClient client, int port, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("oicgraph-kill-reference-").FullName;
        try
        {
            await using var api = await ApiProcess.StartAsync(directory, port, waitUntilListening: false, cancellationToken: cancellationToken);
            await api.Seeding.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            var clock = Stopwatch.StartNew();
            await api.Seeded.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
            var seedTime = clock.Elapsed;
            await api.Listening.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
            return (await api.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(120), cancellationToken), seedTime);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static string Counts(JsonElement stats) =>
        string.Join(", ", new[] { "entities", "relationships", "documents", "mentions" }.Select(k => $"{k} {stats.GetProperty(k)}"));

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
