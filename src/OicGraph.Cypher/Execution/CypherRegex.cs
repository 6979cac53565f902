using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// <c>=~</c>: the whole string must match, as Java's <c>Pattern.matches</c> in Neo4j. The pattern is compiled on its own
/// first, so one that does not parse (<c>[</c>, or <c>a)|(.*</c>, which would otherwise escape the anchors wrapped
/// around it) is refused with Neo4j's "Invalid Regex" error. Patterns run on the non-backtracking engine, linear in the
/// input; only those it cannot run (backreferences, lookarounds) fall back to backtracking, with a time limit per match.
/// </summary>
internal static class CypherRegex
{
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromMilliseconds(250);

    private const int MaxCached = 256;

    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static bool IsMatch(string input, string pattern)
    {
        var regex = Compiled.TryGetValue(pattern, out var cached) ? cached : Compile(pattern);
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            throw CypherErrors.Argument(
                $"The regular expression took longer than {BacktrackingTimeout.TotalMilliseconds:0} ms on one value; "
                + "simplify it (nested quantifiers and backreferences backtrack).");
        }
    }

    private static Regex Compile(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, BacktrackingTimeout);
        }
        catch (ArgumentException invalid)
        {
            throw CypherErrors.Semantic($"Invalid Regex: {invalid.Message}");
        }

        // A pattern that ends inside an inline (?x) comment would swallow the closing anchor: end the comment first.
        var anchored = @"\A(?:" + pattern + (Parses(pattern + ")") ? "\n" : "") + @")\z";
        Regex regex;
        try
        {
            regex = new Regex(anchored, RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            regex = new Regex(anchored, RegexOptions.None, BacktrackingTimeout);
        }

        if (Compiled.Count >= MaxCached)
        {
            Compiled.Clear();
        }

        Compiled.TryAdd(pattern, regex);
        return regex;
    }

    private static bool Parses(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, BacktrackingTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
