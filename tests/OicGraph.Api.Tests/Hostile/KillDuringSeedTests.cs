using OicGraph.Hostile.Benchmarks.Seeding;
using Xunit.Abstractions;

namespace OicGraph.Api.Tests.Hostile;

/// <summary>
/// The API as a real process, killed with SIGKILL at random points of its first seed and started again on the same files:
/// the seed is complete every time. Three trials here; the committed runner does any number
/// (<c>dotnet run -c Release --project tests/OicGraph.Hostile.Benchmarks -- kill-seed --trials 20</c>).
/// </summary>
public sealed class KillDuringSeedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_first_seed_killed_at_a_random_point_is_complete_after_the_restart()
    {
        var trials = await KillDuringSeed.RunAsync(trials: 3, port: 0, output.WriteLine);

        Assert.Equal(3, trials.Count);
        Assert.All(trials, trial => Assert.True(trial.CompleteAfterRestart, $"trial {trial.Number}: {trial.Counts}"));
    }
}
