using System.Text;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// Search keys as a query of the <c>entitySearchKeys</c> full-text index. <c>db.index.fulltext.queryNodes</c> parses its
/// query string with Lucene's classic QueryParser, so binding it as a parameter does not protect it: a key holding a
/// Lucene operator (<c>~</c> of the skeleton keys, <c>-</c> in "g-20", <c>/</c>, <c>:</c>, quotes, brackets) would be
/// read as syntax and fail with <c>ProcedureCallFailed</c> (ParseException / TokenMgrError, as reported in
/// langchain-ai/langchain-neo4j#5 and SeedCompany/cord-api-v3#2050) or silently mean something else. Every character
/// the parser treats specially is escaped with a backslash, whitespace included (an escaped space stays inside the term;
/// an unescaped one would split the key into two clauses), and each key becomes a prefix query (<c>key*</c>), which the
/// parser builds without analysing the term beyond the analyzer's normalisation (none for <c>keyword</c>). Keys are
/// joined with OR, so the index answers the entities having a key that starts with any of them: the embedded store's
/// <c>StartsWith</c> rule, compared by UTF-8 bytes, which for well-formed text is ordinal comparison.
/// </summary>
internal static class FullTextQuery
{
    public const string Index = "entitySearchKeys";

    // Lucene's QueryParser.escape set, plus whitespace, which it does not escape but its grammar lets a backslash keep.
    private const string Special = "\\+-!():^[]\"{}~*?|&/";

    public static string Prefixes(IReadOnlyList<string> keys)
    {
        var query = new StringBuilder();
        foreach (var key in keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (query.Length > 0)
            {
                query.Append(" OR ");
            }

            foreach (var c in key)
            {
                if (Special.Contains(c) || char.IsWhiteSpace(c))
                {
                    query.Append('\\');
                }

                query.Append(c);
            }

            query.Append('*');
        }

        return query.ToString();
    }
}
