using System.Text.RegularExpressions;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// What a Neo4j planner would do with each MATCH of a statement, read from its text: the fake has no planner, so this is
/// the check that a statement the adapter sends starts from an index rather than a scan. A MATCH is anchored when one of
/// its labelled nodes or typed relationships is looked up by a constrained or indexed key (<c>{id: $p}</c>, <c>{contentHash: $p}</c>, or
/// <c>v.id = $p</c>, <c>v.id IN $p</c>, <c>v.type = $p</c>, <c>v.type IN $p</c> in its WHERE), or when it starts from a
/// variable an earlier clause bound. Anything else is a label or all-relationships scan, and is reported. A MERGE is
/// checked as the MATCH it starts with; a key may be a parameter or a value the statement holds (<c>{id: row.id}</c>).
/// Three more shapes read no more than they answer: a lone label or relationship type only counted (the count store), a
/// page in id (or name) order over a constrained label, and a page in id order of one relationship type (an ordered scan of
/// the id constraint's index that stops at the page). A UNION's branches are checked each on its own.
/// </summary>
internal static partial class PlanCheck
{
    /// <summary>The MATCH clauses of <paramref name="statement"/> that would scan, as written; empty when every one is anchored.</summary>
    public static IReadOnlyList<string> Scans(string statement)
    {
        var scans = new List<string>();
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var matches = MatchKeyword().Matches(statement);
        for (var i = 0; i < matches.Count; i++)
        {
            // An uncorrelated subquery sees nothing bound outside it, and a UNION's branch nothing its sibling bound.
            var between = statement[(i == 0 ? 0 : matches[i - 1].Index)..matches[i].Index];
            if (UncorrelatedCall().IsMatch(between) || Union().IsMatch(between))
            {
                bound.Clear();
            }

            var start = matches[i].Index + matches[i].Length;
            var next = i + 1 < matches.Count ? matches[i + 1].Index : statement.Length;
            var segment = statement[start..next];
            var end = ClauseEnd().Match(segment) is { Success: true } boundary ? boundary.Index : segment.Length;
            var clause = segment[..end];
            var whereAt = Where().Match(clause);
            var pattern = whereAt.Success ? clause[..whereAt.Index] : clause;
            var where = whereAt.Success ? clause[(whereAt.Index + whereAt.Length)..] : "";
            var elements = NodeOrRelationship().Matches(pattern).Where(m => m.Groups["var"].Length > 0).ToList();
            var variables = elements.Select(m => m.Groups["var"].Value).ToList();

            // A key predicate anchors only on a labelled node or typed relationship (an index belongs to one), and only when
            // the WHERE cannot be satisfied without it: no OR beside it.
            var keyedWhere = !Or().IsMatch(where)
                && elements.Where(m => m.Groups["label"].Success).Select(m => m.Groups["var"].Value)
                    .Any(v => Regex.IsMatch(where, $@"\b{Regex.Escape(v)}\.(id|type|contentHash)\s*(=|IN)\s*\$", RegexOptions.CultureInvariant));
            var anchored = KeyedPattern().IsMatch(pattern) || variables.Any(bound.Contains) || keyedWhere
                || CountStore().IsMatch(matches[i].Value + segment) || OrderedIdScan().IsMatch(matches[i].Value + segment)
                || OrderedRelationshipIdScan().IsMatch(matches[i].Value + segment);
            if (!anchored)
            {
                scans.Add((matches[i].Value + clause).Trim());
            }

            bound.UnionWith(variables);
            foreach (Match alias in Alias().Matches(segment[end..]))
            {
                bound.Add(alias.Groups["alias"].Value);
            }
        }

        return scans;
    }

    // MERGE is a MATCH first (then a CREATE of what is missing), so it is held to the same rule.
    [GeneratedRegex(@"\b(?:(?:OPTIONAL\s+)?MATCH|MERGE)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MatchKeyword();

    // Where a MATCH clause's pattern and WHERE end: the next clause, or the end of a subquery.
    [GeneratedRegex(@"\b(?:WITH|RETURN|CALL|UNWIND|MERGE|SET|DELETE|DETACH|UNION|ORDER)\b|\}\s*(?:CALL|RETURN|WITH|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    // A lone labelled node or lone typed relationship, only counted: Neo4j answers it from its count store, touching nothing.
    [GeneratedRegex(@"^MATCH\s*(\([A-Za-z_]\w*:[A-Za-z_]\w*\)|\(\)-\[[A-Za-z_]\w*:[A-Za-z_]\w*\]->\(\))\s*RETURN\s+count\([A-Za-z_]\w*\)\s+AS\s+\w+\s*(\}|$|UNION\s+ALL\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CountStore();

    // A page in the order of an indexed property (the id constraint's index, the name index): the index is scanned in
    // order and the scan stops at SKIP + LIMIT (ties on a second key are sorted within the page's last value only).
    [GeneratedRegex(@"^MATCH\s*\((?<v>[A-Za-z_]\w*):[A-Za-z_]\w*\)\s*WHERE\s+\k<v>\.(?<p>id|name)\s+IS\s+NOT\s+NULL\s+WITH\s+\k<v>\s+ORDER\s+BY\s+\k<v>\.\k<p>(,\s*\k<v>\.id)?\s+SKIP\s+\$\w+\s+LIMIT\s+\$\w+", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedIdScan();

    // A page of one relationship type in id order: the range index of the type's id constraint is scanned in order and the
    // scan stops at the limit. One type only (an index belongs to one type; a pattern of several is a scan of each), and
    // the order must be the id's alone, or the planner sorts everything it scanned.
    [GeneratedRegex(@"^MATCH\s*\([A-Za-z_]*\)-\[(?<r>[A-Za-z_]\w*):[A-Za-z_]\w*\]->\([A-Za-z_]*\)\s*WHERE\s+\k<r>\.id\s+IS\s+NOT\s+NULL\s+WITH\s+(\w+\s*,\s*)*\k<r>(\s*,\s*\w+)*\s+ORDER\s+BY\s+\k<r>\.id\s+(SKIP\s+\$\w+\s+)?LIMIT\s+\$\w+\s+RETURN\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedRelationshipIdScan();

    [GeneratedRegex(@"\bUNION\b", RegexOptions.CultureInvariant)]
    private static partial Regex Union();

    [GeneratedRegex(@"\bCALL\s*\(\s*\)\s*\{", RegexOptions.CultureInvariant)]
    private static partial Regex UncorrelatedCall();

    [GeneratedRegex(@"\bWHERE\b", RegexOptions.CultureInvariant)]
    private static partial Regex Where();

    [GeneratedRegex(@"\bOR\b", RegexOptions.CultureInvariant)]
    private static partial Regex Or();

    [GeneratedRegex(@"[\(\[](?<var>[A-Za-z_][A-Za-z0-9_]*)?(?<label>:[A-Za-z_])?", RegexOptions.CultureInvariant)]
    private static partial Regex NodeOrRelationship();

    // The key's value may be a parameter or a value the statement holds (an UNWIND row, row.id): a seek per row either way.
    [GeneratedRegex(@"[\(\[][A-Za-z0-9_]*:[A-Za-z_|]+\s*\{\s*(id|contentHash)\s*:\s*(\$|[A-Za-z_])", RegexOptions.CultureInvariant)]
    private static partial Regex KeyedPattern();

    [GeneratedRegex(@"\bAS\s+(?<alias>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Alias();
}
