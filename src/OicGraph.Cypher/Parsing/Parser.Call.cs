using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
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
