using System.Diagnostics;
using System.Globalization;
using System.Text;
using OicGraph.Cypher.Tests.Tck;
using Xunit.Abstractions;

namespace OicGraph.Cypher.Tests;

public sealed class TckConformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Pass-rate floors per targeted folder. The goal is 0.90 everywhere; a folder below it is pinned at its
    /// current figure so a regression still fails CI (raise the floor when the folder improves).
    /// </summary>
    private static readonly Dictionary<string, double> Targets = new(StringComparer.Ordinal)
    {
        ["clauses/match"] = 0.90,
        ["clauses/match-where"] = 0.90,
        ["clauses/return"] = 0.90,
        ["clauses/return-orderby"] = 0.90,
        ["clauses/return-skip-limit"] = 0.90,
        ["clauses/with"] = 0.90,
        ["clauses/with-where"] = 0.90,
        ["clauses/with-orderBy"] = 0.90,
        ["clauses/with-skip-limit"] = 0.90,
        ["clauses/unwind"] = 0.90,
        ["clauses/union"] = 0.90,
        ["clauses/create"] = 0.90,
        ["clauses/merge"] = 0.90,
        ["clauses/set"] = 0.90,
        ["clauses/remove"] = 0.90,
        ["clauses/delete"] = 0.90,
        ["expressions/aggregation"] = 0.90,
        ["expressions/boolean"] = 0.90,
        ["expressions/comparison"] = 0.90,
        ["expressions/conditional"] = 0.90,
        ["expressions/graph"] = 0.90,
        ["expressions/list"] = 0.90,
        ["expressions/literals"] = 0.90,
        ["expressions/map"] = 0.90,
        ["expressions/mathematical"] = 0.90,
        ["expressions/null"] = 0.90,
        ["expressions/path"] = 0.90,
        ["expressions/pattern"] = 0.90,
        ["expressions/precedence"] = 0.90,
        ["expressions/string"] = 0.90,
        ["expressions/typeConversion"] = 0.90,
    };

    /// <summary>Out of scope by design: temporal types are not part of the engine.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "expressions/temporal" };

    [TckFact]
    public void Tck_scenarios_meet_the_pass_rate_targets()
    {
        var root = TckLocator.FindFeaturesDirectory()!;

        var clock = Stopwatch.StartNew();
        var results = new List<(TckScenario Scenario, TckOutcome Outcome)>();
        var timings = new List<(TimeSpan Elapsed, TckScenario Scenario)>();
        foreach (var file in Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('\\', '/');
            foreach (var scenario in GherkinParser.Parse(folder, file))
            {
                var started = clock.Elapsed;
                var outcome = SkippedFolders.Contains(folder) || UsesTemporal(scenario)
                    ? TckOutcome.Skip("temporal values are out of scope")
                    : RunGuarded(scenario, root);
                results.Add((scenario, outcome));
                timings.Add((clock.Elapsed - started, scenario));
            }
        }

        var summary = Summarise(results, clock.Elapsed);
        output.WriteLine(summary);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tck-summary.txt"), summary);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tck-failures.txt"), Failures(results));
        File.WriteAllLines(
            Path.Combine(AppContext.BaseDirectory, "tck-slowest.txt"),
            timings.OrderByDescending(t => t.Elapsed).Take(20)
                .Select(t => $"{t.Elapsed.TotalMilliseconds,8:F0} ms  {t.Scenario.Folder}/{t.Scenario.Feature} {t.Scenario.Name}"));

        var misses = Targets
            .Select(t => (Folder: t.Key, Target: t.Value, Rate: PassRate(results, t.Key)))
            .Where(t => t.Rate < t.Target)
            .Select(t => $"{t.Folder}: {t.Rate:P1} < {t.Target:P0}")
            .ToList();
        Assert.True(misses.Count == 0, "TCK pass rate below target:\n" + string.Join('\n', misses));
    }

    private static readonly System.Text.RegularExpressions.Regex TemporalCall = new(
        @"\b(date|time|localtime|datetime|localdatetime|duration)\s*\(",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Scenarios outside the temporal folder that still build temporal values are out of scope too.</summary>
    private static bool UsesTemporal(TckScenario scenario) =>
        scenario.Steps.Any(s => s.DocString is not null && TemporalCall.IsMatch(s.DocString));

    private static TckOutcome RunGuarded(TckScenario scenario, string root)
    {
        try
        {
            return TckRunner.Run(scenario, root);
        }
        catch (Exception e)
        {
            return TckOutcome.Fail("runner error: " + e.Message);
        }
    }

    private static double PassRate(List<(TckScenario Scenario, TckOutcome Outcome)> results, string folder)
    {
        var inFolder = results.Where(r => r.Scenario.Folder == folder && r.Outcome.Kind != TckOutcomeKind.Skipped).ToList();
        return inFolder.Count == 0 ? 1 : inFolder.Count(r => r.Outcome.Kind == TckOutcomeKind.Passed) / (double)inFolder.Count;
    }

    private static string Summarise(List<(TckScenario Scenario, TckOutcome Outcome)> results, TimeSpan elapsed)
    {
        var sb = new StringBuilder();
        foreach (var group in results.GroupBy(r => r.Scenario.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{group.Key}: {Counts(group)}{(Targets.ContainsKey(group.Key) ? "" : " (not targeted)")}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"TOTAL: {Counts(results)} in {elapsed.TotalSeconds:F1} s");
        var targeted = results.Where(r => Targets.ContainsKey(r.Scenario.Folder)).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"TARGETED: {Counts(targeted)}");
        foreach (var reason in results.Where(r => r.Outcome.Kind == TckOutcomeKind.Skipped).GroupBy(r => r.Outcome.Reason))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"skipped {reason.Count()}: {reason.Key}");
        }

        return sb.ToString();
    }

    private static string Counts(IEnumerable<(TckScenario Scenario, TckOutcome Outcome)> results)
    {
        var list = results.ToList();
        return $"{list.Count(r => r.Outcome.Kind == TckOutcomeKind.Passed)} passed, "
            + $"{list.Count(r => r.Outcome.Kind == TckOutcomeKind.Failed)} failed, "
            + $"{list.Count(r => r.Outcome.Kind == TckOutcomeKind.Skipped)} skipped";
    }

    private static string Failures(List<(TckScenario Scenario, TckOutcome Outcome)> results)
    {
        var sb = new StringBuilder();
        foreach (var (scenario, outcome) in results.Where(r => r.Outcome.Kind == TckOutcomeKind.Failed))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {scenario.Folder}/{scenario.Feature} {scenario.Name}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"   {outcome.Reason}");
            var query = scenario.Steps.LastOrDefault(s => s.Text.StartsWith("executing", StringComparison.Ordinal))?.DocString;
            if (query is not null)
            {
                sb.AppendLine("   " + query.Replace("\n", "\n   ", StringComparison.Ordinal));
            }
        }

        return sb.ToString();
    }
}
