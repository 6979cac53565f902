namespace OicGraph.Graph.Neo4j.Cypher;

/// <summary>A word of a Cypher statement with what precedes and follows it, once strings and comments are gone.</summary>
internal readonly record struct CypherWord(string Text, char Before, char After, bool Quoted = false)
{
    /// <summary><c>n.set</c>, <c>{set: 1}</c>, <c>:Set</c> and <c>$set</c> are names, not clauses.</summary>
    public bool IsName => Before is '.' or ':' or '$' || After == ':';
}

/// <summary>
/// Splits a statement into words, skipping string literals and comments, so that a clause keyword inside
/// <c>'please CREATE this'</c> or <c>// DELETE later</c> is never mistaken for a clause. A backtick-quoted name is a word
/// marked <see cref="CypherWord.Quoted"/>: never a clause, but a part of a procedure name (<c>CALL `apoc`.`load`.`json`</c>).
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
                var name = new System.Text.StringBuilder();
                i++;
                while (i < statement.Length)
                {
                    // A doubled backtick is a backtick inside the name.
                    if (statement[i] == '`' && (i + 1 >= statement.Length || statement[i + 1] != '`'))
                    {
                        break;
                    }

                    name.Append(statement[i]);
                    i += statement[i] == '`' ? 2 : 1;
                }

                i = Math.Min(i + 1, statement.Length);
                yield return new CypherWord(name.ToString(), previous, NextSignificant(statement, i), Quoted: true);
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
