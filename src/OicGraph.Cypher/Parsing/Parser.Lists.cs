using System.Globalization;
using System.Numerics;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private Expr ParseBracket(int start)
    {
        ExpectSymbol("[");
        // List comprehension: [x IN list WHERE p | e]
        if ((Current.Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier) && PeekAt(1).IsKeyword("IN"))
        {
            var save = _index;
            var variable = Advance().Text;
            _index++;
            var source = ParseExpression();
            if (AtKeyword("WHERE") || AtSymbol("|") || AtSymbol("]"))
            {
                var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
                var projection = AcceptSymbol("|") ? ParseExpression() : null;
                ExpectSymbol("]");
                return At(new ListComprehension(variable, source, where, projection), start);
            }

            _index = save;
        }

        // Pattern comprehension: [p = (a)-->(b) WHERE p | e]
        if (AtSymbol("(") || ((Current.Kind is TokenKind.Identifier) && PeekAt(1).IsSymbol("=") && PeekAt(2).IsSymbol("(")))
        {
            var save = _index;
            try
            {
                string? pathVariable = null;
                if (!AtSymbol("("))
                {
                    pathVariable = Advance().Text;
                    _index++;
                }

                var part = ParseChain(pathVariable, PathKind.Normal);
                if (part.Rels.Count > 0 && (AtKeyword("WHERE") || AtSymbol("|")))
                {
                    var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
                    ExpectSymbol("|");
                    var projection = ParseExpression();
                    ExpectSymbol("]");
                    return At(new PatternComprehension(part, where, projection), start);
                }
            }
            catch (CypherQueryException) when (_fatal is null)
            {
            }

            _index = save;
        }

        var items = new List<Expr>();
        if (!AtSymbol("]"))
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol("]");
        return At(new ListLiteral(items), start);
    }
}
