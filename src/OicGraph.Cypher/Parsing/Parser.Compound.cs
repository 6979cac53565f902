using System.Globalization;
using System.Numerics;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private MapProjection ParseMapProjection(string variable, int start)
    {
        ExpectSymbol("{");
        var items = new List<MapProjectionItem>();
        if (!AtSymbol("}"))
        {
            do
            {
                if (AcceptSymbol("."))
                {
                    if (AcceptSymbol("*"))
                    {
                        items.Add(new MapProjectionItem(MapProjectionKind.AllProperties, "*", null));
                    }
                    else
                    {
                        items.Add(new MapProjectionItem(MapProjectionKind.Property, ExpectName(), null));
                    }
                }
                else
                {
                    var key = ExpectName();
                    if (AcceptSymbol(":"))
                    {
                        items.Add(new MapProjectionItem(MapProjectionKind.Literal, key, ParseExpression()));
                    }
                    else
                    {
                        items.Add(new MapProjectionItem(MapProjectionKind.Variable, key, null));
                    }
                }
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol("}");
        return At(new MapProjection(variable, items), start);
    }

    private CaseExpr ParseCase(int start)
    {
        Expr? test = null;
        if (!AtKeyword("WHEN"))
        {
            test = ParseExpression();
        }

        var alternatives = new List<(Expr, Expr)>();
        while (AcceptKeyword("WHEN"))
        {
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add((when, ParseExpression()));
        }

        if (alternatives.Count == 0)
        {
            throw Error("Expected WHEN");
        }

        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        return At(new CaseExpr(test, alternatives, otherwise), start);
    }

    private Reduce ParseReduce(int start)
    {
        ExpectSymbol("(");
        var accumulator = ExpectVariable();
        ExpectSymbol("=");
        var initial = ParseExpression();
        ExpectSymbol(",");
        var variable = ExpectVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        ExpectSymbol("|");
        var body = ParseExpression();
        ExpectSymbol(")");
        return At(new Reduce(accumulator, initial, variable, source, body), start);
    }

    private static readonly string[] SubqueryClauseStarts =
        ["MATCH", "OPTIONAL", "WITH", "UNWIND", "CALL", "RETURN", "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH"];

    /// <summary>The braces of EXISTS, COUNT or COLLECT: a query, or a pattern with an optional WHERE.</summary>
    private Query ParseSubqueryBody()
    {
        ExpectSymbol("{");
        Query query;
        // A clause keyword starts a query, even a writing one, so that the checker can name the write it refuses.
        if (SubqueryClauseStarts.Any(AtKeyword))
        {
            query = ParseUnion();
        }
        else
        {
            var patterns = ParsePattern();
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            query = new Query([new SingleQuery([new MatchClause(false, patterns, where)])], []);
        }

        ExpectSymbol("}");
        return query;
    }
}
