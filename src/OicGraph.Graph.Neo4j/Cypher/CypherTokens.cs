namespace OicGraph.Graph.Neo4j.Cypher;

/// <summary>A word of a Cypher statement with what precedes and follows it, once strings and comments are gone.</summary>
internal readonly record struct CypherWord(string Text, char Before, char After)
{
    /// <summary><c>n.set</c>, <c>{set: 1}</c>, <c>:Set</c> and <c>$set</c> are names, not clauses.</summary>
    public bool IsName => Before is '.' or ':' or '$' || After == ':';
}

/// <summary>
/// Splits a statement into words, skipping string literals, backtick-quoted names and comments, so that a clause keyword
/// inside <c>'please CREATE this'</c> or <c>// DELETE later</c> is never mistaken for a clause.
/// </summary>
internal static class CypherTokens
{
    public static IEnumerable<CypherWord> Words(string statement)
    {
        var previous = ' ';
        var i = 0;
        while (i < statement.Length)
        {
            var c = statement[i];
            if (c is '\'' or '"')
            {
                i = SkipString(statement, i);
                previous = c;
            }
            else if (c == '`')
            {
                var end = statement.IndexOf('`', i + 1);
                i = end < 0 ? statement.Length : end + 1;
                previous = 'x';
            }
            else if (c == '/' && i + 1 < statement.Length && statement[i + 1] == '/')
            {
                var end = statement.IndexOf('\n', i);
                i = end < 0 ? statement.Length : end;
            }
            else if (c == '/' && i + 1 < statement.Length && statement[i + 1] == '*')
            {
                var end = statement.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? statement.Length : end + 2;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < statement.Length && (char.IsLetterOrDigit(statement[i]) || statement[i] == '_'))
                {
                    i++;
                }

                yield return new CypherWord(statement[start..i], previous, NextSignificant(statement, i));
                previous = 'x';
            }
            else
            {
                if (!char.IsWhiteSpace(c))
                {
                    previous = c;
                }

                i++;
            }
        }
    }

    private static int SkipString(string statement, int start)
    {
        var quote = statement[start];
        for (var i = start + 1; i < statement.Length; i++)
        {
            if (statement[i] == '\\')
            {
                i++;
            }
            else if (statement[i] == quote)
            {
                return i + 1;
            }
        }

        return statement.Length;
    }

    private static char NextSignificant(string statement, int from)
    {
        for (var i = from; i < statement.Length; i++)
        {
            if (!char.IsWhiteSpace(statement[i]))
            {
                return statement[i];
            }
        }

        return ' ';
    }
}
