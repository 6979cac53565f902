using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private Projection ParseProjection(bool isWith)
    {
        var distinct = AcceptKeyword("DISTINCT");
        var star = AcceptSymbol("*");
        var items = new List<ProjectionItem>();
        if (!star || AcceptSymbol(","))
        {
            do
            {
                var start = Current.Offset;
                var expr = ParseExpression();
                var end = PreviousEnd;
                if (AcceptKeyword("AS"))
                {
                    items.Add(new ProjectionItem(expr, ExpectVariable(), true));
                }
                else
                {
                    if (isWith && expr is not Variable)
                    {
                        throw Lexer.SyntaxError("NoExpressionAlias: expression in WITH must be aliased", Current.Line, Current.Column);
                    }

                    items.Add(new ProjectionItem(expr, _text[start..end], false));
                }
            }
            while (AcceptSymbol(","));
        }

        var orderBy = new List<SortItem>();
        if (AcceptKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var expr = ParseExpression();
                var descending = AcceptKeyword("DESC") || AcceptKeyword("DESCENDING");
                if (!descending)
                {
                    _ = AcceptKeyword("ASC") || AcceptKeyword("ASCENDING");
                }

                orderBy.Add(new SortItem(ReplaceProjected(expr, items), descending));
            }
            while (AcceptSymbol(","));
        }

        var skip = AcceptKeyword("SKIP") ? ParseExpression() : null;
        var limit = AcceptKeyword("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, star, items, orderBy, skip, limit);
    }
}
