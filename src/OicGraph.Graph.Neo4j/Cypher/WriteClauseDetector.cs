namespace OicGraph.Graph.Neo4j.Cypher;

/// <summary>
/// A client-side first line of defence for the read-only Cypher endpoint: names the write clause or writing procedure a
/// statement contains, if any. The server's <c>accessMode: READ</c> is the real guard; this catches the obvious cases with
/// a clear message and before any work starts, and also refuses <c>USE</c> so nobody leaves the configured database.
/// </summary>
internal static class WriteClauseDetector
{
    private static readonly HashSet<string> WriteClauses = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH", "DROP", "ALTER", "GRANT", "DENY", "REVOKE", "RENAME",
        "TERMINATE", "FOREACH", "LOAD", "USE",
    };

    // A procedure is refused when a segment of its name says it changes something (apoc.create.node, db.createLabel, ...).
    private static readonly string[] WritingSegments =
    [
        "create", "merge", "set", "delete", "remove", "drop", "write", "mutate", "refactor", "periodic", "import", "export",
        "load", "trigger", "atomic", "lock", "cypher", "kill", "terminate", "clear", "upgrade", "checkpoint",
    ];

    public static string? FindWrite(string statement)
    {
        var words = CypherTokens.Words(statement).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.IsName || word.Quoted)
            {
                continue;
            }

            if (WriteClauses.Contains(word.Text))
            {
                return word.Text.ToUpperInvariant();
            }

            if (string.Equals(word.Text, "TRANSACTIONS", StringComparison.OrdinalIgnoreCase)
                && i > 0 && string.Equals(words[i - 1].Text, "IN", StringComparison.OrdinalIgnoreCase))
            {
                return "CALL { ... } IN TRANSACTIONS";
            }

            if (string.Equals(word.Text, "CALL", StringComparison.OrdinalIgnoreCase) && word.After != '{'
                && ProcedureName(words, i + 1) is { } procedure
                && IsWritingProcedure(procedure))
            {
                return "CALL " + procedure;
            }
        }

        return null;
    }

    private static string? ProcedureName(List<CypherWord> words, int start)
    {
        if (start >= words.Count)
        {
            return null;
        }

        var parts = new List<string> { words[start].Text };
        for (var i = start + 1; i < words.Count && words[i].Before == '.'; i++)
        {
            parts.Add(words[i].Text);
        }

        return string.Join('.', parts);
    }

    private static bool IsWritingProcedure(string procedure)
    {
        var segments = procedure.Split('.');
        if (string.Equals(segments[0], "dbms", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(procedure, "dbms.components", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return segments.Any(segment => WritingSegments.Any(prefix => segment.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
    }
}
