using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private SubqueryCall ParseSubqueryCall()
    {
        List<string>? scope = null;
        var all = false;
        if (AcceptSymbol("("))
        {
            scope = [];
            if (AcceptSymbol("*"))
            {
                all = true;
            }
            else if (!AtSymbol(")"))
            {
                do
                {
                    scope.Add(ExpectVariable());
                }
                while (AcceptSymbol(","));
            }

            ExpectSymbol(")");
        }

        ExpectSymbol("{");
        Query body;
        using (Nest())
        {
            body = ParseUnion();
        }

        ExpectSymbol("}");
        if (AtKeyword("IN") && PeekAt(1).Kind == TokenKind.Identifier && PeekAt(1).Text.Equals("TRANSACTIONS", StringComparison.OrdinalIgnoreCase))
        {
            throw Error("CALL { ... } IN TRANSACTIONS is not supported by this engine");
        }

        return new SubqueryCall(scope, all, body);
    }

    private CallClause ParseCall()
    {
        var name = ExpectName();
        while (AcceptSymbol("."))
        {
            name += "." + ExpectName();
        }

        List<Expr>? args = null;
        if (AcceptSymbol("("))
        {
            args = [];
            if (!AtSymbol(")"))
            {
                do
                {
                    args.Add(ParseExpression());
                }
                while (AcceptSymbol(","));
            }

            ExpectSymbol(")");
        }

        if (!AcceptKeyword("YIELD"))
        {
            return new CallClause(name, args, null, false, null);
        }

        if (AcceptSymbol("*"))
        {
            return new CallClause(name, args, null, true, null);
        }

        var yield = new List<(string, string)>();
        do
        {
            var column = ExpectName();
            yield.Add((column, AcceptKeyword("AS") ? ExpectVariable() : column));
        }
        while (AcceptSymbol(","));
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new CallClause(name, args, yield, false, where);
    }
}
