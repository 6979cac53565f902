using System.Collections;
using System.Text;
using OicGraph.Cypher;
using OicGraph.Cypher.Procedures;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// <c>db.index.fulltext.queryNodes(indexName, queryString) :: (node, score)</c> as Neo4j answers it, over the full-text
/// indexes the fake's schema holds. What it follows (Cypher manual, "Full-text indexes"; neo4j/docs-cypher#770 shows the
/// index config): an index covers nodes with any of its labels and at least one of its properties, indexing STRING and
/// LIST&lt;STRING&gt; values (each list element separately); the query string is Lucene classic QueryParser syntax, parsed
/// by the procedure itself (so a Cypher parameter does not escape it), and a query Lucene cannot parse fails the statement
/// with <c>Neo.ClientError.Procedure.ProcedureCallFailed</c>, "Failed to invoke procedure `db.index.fulltext.queryNodes`:
/// Caused by: org.apache.lucene.queryparser.classic.ParseException / TokenMgrError" (the wording reported in
/// langchain-ai/langchain-neo4j#5, neo4j-labs/llm-graph-builder#1018); an unknown index fails the same code with "There
/// is no such fulltext schema index". Results come best score first: a prefix query scores a constant 1 per matching
/// clause (Lucene's constant-score rewrite), clauses joined by OR add up, and ties keep index order (here node creation
/// order, as Lucene keeps document order).
/// The fake implements the part of Lucene the adapter relies on and refuses the rest loudly rather than guess: terms and
/// prefix terms (<c>term*</c>) with backslash escapes, OR between them (also the default operator), and the
/// <c>keyword</c> analyzer (one token per value, no lower-casing); other analyzers and other syntax (phrases, fuzzy,
/// ranges, boosts, fields, AND/NOT/+/-, wildcards inside a term) are reported as not implemented by the fake.
/// </summary>
internal static class FakeFullText
{
    public const string Procedure = "db.index.fulltext.queryNodes";

    public static void Register(CypherEngine engine, FakeSchema schema) => engine.RegisterProcedure(new CypherProcedure(
        Procedure,
        [new CypherProcedureParameter("indexName", "STRING"), new CypherProcedureParameter("queryString", "STRING")],
        [new CypherProcedureParameter("node", "NODE"), new CypherProcedureParameter("score", "FLOAT")],
        args => Query(engine.Graph, schema, (string?)args[0], (string?)args[1])));

    private static List<IReadOnlyList<object?>> Query(PropertyGraph graph, FakeSchema schema, string? indexName, string? queryString)
    {
        var index = schema.FullTextIndex(indexName ?? "")
            ?? throw Failed($"java.lang.IllegalArgumentException: There is no such fulltext schema index: {indexName}");
        if (index.Analyzer != "keyword")
        {
            throw Unimplemented($"the '{index.Analyzer}' analyzer (the fake implements only 'keyword')");
        }

        var clauses = Parse(queryString ?? "");
        var hits = new List<(object Node, long Id, double Score)>();
        // The graph's own nodes, so the procedure yields real nodes the rest of the statement matches on.
        foreach (var node in graph.Nodes)
        {
            if (!node.Labels.Any(index.Labels.Contains))
            {
                continue;
            }

            var tokens = index.Properties.SelectMany(p => Tokens(node.Properties.GetValueOrDefault(p))).ToList();
            var score = clauses.Count(clause => tokens.Any(clause.Matches));
            if (score > 0)
            {
                hits.Add((node.Value, node.Id, score));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id).Select(h => (IReadOnlyList<object?>)[h.Node, h.Score])];
    }

    // The keyword analyzer: the whole value is one token. Values of other types are not indexed.
    private static IEnumerable<string> Tokens(object? value) => value switch
    {
        string text => [text],
        IList list => list.OfType<string>(),
        _ => [],
    };

    private sealed record Clause(string Text, bool Prefix)
    {
        public bool Matches(string token) => Prefix ? token.StartsWith(Text, StringComparison.Ordinal) : token == Text;
    }

    /// <summary>The clauses of a query in the fake's subset of Lucene's classic syntax.</summary>
    private static List<Clause> Parse(string query)
    {
        var clauses = new List<Clause>();
        var i = 0;
        var expectTerm = true;
        while (true)
        {
            while (i < query.Length && char.IsWhiteSpace(query[i]))
            {
                i++;
            }

            if (i == query.Length)
            {
                break;
            }

            var start = i;
            var term = new StringBuilder();
            var prefix = false;
            for (; i < query.Length && !char.IsWhiteSpace(query[i]); i++)
            {
                var c = query[i];
                if (prefix)
                {
                    throw Unimplemented($"a wildcard inside a term in '{query}'");
                }

                if (c == '\\')
                {
                    if (++i == query.Length)
                    {
                        throw ParseError(query, "Term can not end with escape character.");
                    }

                    term.Append(query[i]);
                    continue;
                }

                switch (c)
                {
                    case '"' when query.IndexOf('"', i + 1) < 0:
                        throw LexicalError(query, i, "\"");
                    case '/' when query.IndexOf('/', i + 1) < 0:
                        throw LexicalError(query, i, query[i..]);
                    case '*' when term.Length > 0:
                        prefix = true;
                        continue;
                    // Lucene's grammar lets - and + continue a term (g-20 is one term), but not start one.
                    case '-' or '+' when term.Length > 0:
                        term.Append(c);
                        continue;
                    case '~' or '^' or ':' or ')' or ']' or '}' when term.Length == 0:
                        throw ParseError(query, $"Encountered \" \"{c}\" \"{c} \"\" at line 1, column {i}.");
                    case '+' or '-' or '!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '|' or '&' or '/':
                        throw Unimplemented($"'{c}' at column {i} of '{query}'");
                    default:
                        term.Append(c);
                        break;
                }
            }

            var word = query[start..i];
            if (word is "OR" or "||")
            {
                if (expectTerm)
                {
                    throw ParseError(query, $"Encountered \" <OR> \"{word} \"\" at line 1, column {start}.");
                }

                expectTerm = true;
                continue;
            }

            if (word is "AND" or "NOT" or "&&")
            {
                throw Unimplemented($"the {word} operator");
            }

            clauses.Add(new Clause(term.ToString(), prefix));
            expectTerm = false;
        }

        if (clauses.Count == 0 || expectTerm)
        {
            throw ParseError(query, $"Encountered \"<EOF>\" at line 1, column {query.Length}.");
        }

        return clauses;
    }

    private static CypherQueryException Failed(string cause) =>
        new("Neo.ClientError.Procedure.ProcedureCallFailed", $"Failed to invoke procedure `{Procedure}`: Caused by: {cause}");

    private static CypherQueryException ParseError(string query, string detail) =>
        Failed($"org.apache.lucene.queryparser.classic.ParseException: Cannot parse '{query}': {detail}");

    private static CypherQueryException LexicalError(string query, int column, string after) =>
        Failed($"org.apache.lucene.queryparser.classic.TokenMgrError: Lexical error at line 1, column {column + 1}.  Encountered: <EOF> after prefix \"{after}\" (in lexical state 2)");

    private static CypherQueryException Unimplemented(string what) =>
        Failed($"[fake] valid Lucene the fake does not implement: {what}");
}
