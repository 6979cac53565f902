using OicGraph.Hostile.Benchmarks.Fuzzing;
using OicGraph.Hostile.Benchmarks.Load;
using OicGraph.Hostile.Benchmarks.Seeding;
using OicGraph.Hostile.Benchmarks.Writes;

// dotnet run -c Release --project tests/OicGraph.Hostile.Benchmarks -- fuzz --seconds 600
// dotnet run -c Release --project tests/OicGraph.Hostile.Benchmarks -- load [--clients 32] [--requests 2000]
// dotnet run -c Release --project tests/OicGraph.Hostile.Benchmarks -- kill-seed [--trials 20]
// dotnet run -c Release --project tests/OicGraph.Hostile.Benchmarks -- same-id [--trials 20] [--writers 8]
var command = args.FirstOrDefault();
int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
var port = Option("--port", 5101);
switch (command)
{
    case "fuzz":
        var seconds = Option("--seconds", 600);
        // Each target gets a third of the time; a finding throws with the input and the seed that reproduces it.
        var share = Math.Max(1, seconds / 3);
        var cypher = CypherFuzz.Run(-1, share, Console.WriteLine);
        Console.WriteLine($"Cypher: {cypher.Queries:N0} queries in {share} s, no finding ({cypher.Answered:N0} answered, {cypher.QueryErrors:N0} query errors, {cypher.Refused:N0} writes refused, {cypher.TimedOut:N0} timed out)");
        Console.WriteLine($"normaliser: {TextFuzz.RunNormalizer(-1, share, Console.WriteLine):N0} texts in {share} s, no finding");
        Console.WriteLine($"extractor: {TextFuzz.RunExtractor(-1, share, Console.WriteLine):N0} texts in {share} s, no finding");
        return 0;
    case "load":
        var report = await CypherLoad.RunAsync(Option("--clients", 32), Option("--requests", 2000), port, Option("--timeout", 5), Console.WriteLine);
        Console.WriteLine($"p99 ratio loaded/idle: {report.Ratio:F2} (target <= 5)");
        return report.Ratio <= 5 ? 0 : 1;
    case "kill-seed":
        var trials = await KillDuringSeed.RunAsync(Option("--trials", 20), port, Console.WriteLine);
        var complete = trials.Count(t => t.CompleteAfterRestart);
        Console.WriteLine($"{complete} of {trials.Count} restarts found the seed complete; {trials.Count(t => !t.SeedWasStoredBeforeTheKill)} kills landed before it was stored");
        return complete == trials.Count ? 0 : 1;
    case "same-id":
        var writes = await SameIdPosts.RunAsync(Option("--trials", 20), Option("--writers", 8), port, Console.WriteLine);
        Console.WriteLine($"{writes.Trials} trials x {writes.Writers} writers: {writes.Created} x 201, {writes.Conflicts} x 409, {writes.Other} other; {writes.TrialsWithExactlyOneText} of {writes.Trials} trials acknowledged exactly one text (the stored one); {writes.LostTexts} acknowledged texts lost");
        return writes.TrialsWithExactlyOneText == writes.Trials && writes.LostTexts == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: OicGraph.Hostile.Benchmarks fuzz [--seconds N] | load [--clients N] [--requests N] [--timeout S] | kill-seed [--trials N] | same-id [--trials N] [--writers N]  (all take --port P)");
        return 2;
}
