using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private static readonly string[] ComparisonOps = ["=", "<>", "!=", "<", ">", "<=", ">="];

    private T At<T>(T expr, int start)
        where T : Expr
    {
        expr.Start = start;
        expr.End = PreviousEnd;
        return expr;
    }

    private Expr ParseExpression()
    {
        var start = _index;
        if (_expressions.TryGetValue(start, out var known))
        {
            if (known.Error is not null)
            {
                throw known.Error;
            }

            _index = known.End;
            return known.Expr!;
        }

        using var nesting = Nest();
        try
        {
            var expr = ParseOr();
            _expressions[start] = (expr, _index, null);
            return expr;
        }
        catch (CypherQueryException error) when (_fatal is null)
        {
            _expressions[start] = (null, 0, error);
            throw;
        }
    }

    private Expr ParseOr()
    {
        var start = Current.Offset;
        var left = ParseXor();
        while (AcceptKeyword("OR"))
        {
            left = At(new Binary("OR", left, ParseXor()), start);
        }

        return left;
    }

    private Expr ParseXor()
    {
        var start = Current.Offset;
        var left = ParseAnd();
        while (AcceptKeyword("XOR"))
        {
            left = At(new Binary("XOR", left, ParseAnd()), start);
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var start = Current.Offset;
        var left = ParseNot();
        while (AcceptKeyword("AND"))
        {
            left = At(new Binary("AND", left, ParseNot()), start);
        }

        return left;
    }

    private Expr ParseNot()
    {
        var start = Current.Offset;
        if (AcceptKeyword("NOT"))
        {
            using var nesting = Nest();
            return At(new Unary("NOT", ParseNot()), start);
        }

        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var start = Current.Offset;
        var left = ParsePredicates();
        Expr? result = null;
        while (Current.Kind == TokenKind.Symbol && ComparisonOps.Contains(Current.Text))
        {
            var op = Advance().Text;
            if (op == "!=")
            {
                op = "<>";
            }

            var right = ParsePredicates();
            var comparison = At(new Binary(op, left, right), start);
            result = result is null ? comparison : At(new Binary("AND", result, comparison), start);
            left = right;
        }

        return result ?? left;
    }

    private Expr ParsePredicates()
    {
        var start = Current.Offset;
        var left = ParseAdditive();
        while (true)
        {
            if (AtKeyword("STARTS") && PeekAt(1).IsKeyword("WITH"))
            {
                _index += 2;
                left = At(new Binary("STARTS WITH", left, ParseAdditive()), start);
            }
            else if (AtKeyword("ENDS") && PeekAt(1).IsKeyword("WITH"))
            {
                _index += 2;
                left = At(new Binary("ENDS WITH", left, ParseAdditive()), start);
            }
            else if (AcceptKeyword("CONTAINS"))
            {
                left = At(new Binary("CONTAINS", left, ParseAdditive()), start);
            }
            else if (AcceptSymbol("=~"))
            {
                left = At(new Binary("=~", left, ParseAdditive()), start);
            }
            else if (AcceptKeyword("IN"))
            {
                left = At(new Binary("IN", left, ParseAdditive()), start);
            }
            else if (AtKeyword("IS"))
            {
                _index++;
                var negated = AcceptKeyword("NOT");
                ExpectKeyword("NULL");
                left = At(new IsNull(left, negated), start);
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseAdditive()
    {
        var start = Current.Offset;
        var left = ParseMultiplicative();
        while (AtSymbol("+") || AtSymbol("-"))
        {
            RejectUnicodeDash();
            var op = Advance().Text;
            left = At(new Binary(op, left, ParseMultiplicative()), start);
        }

        return left;
    }

    /// <summary>Unicode dashes are accepted in arrows only; as an operator they are an error.</summary>
    private void RejectUnicodeDash()
    {
        if (_text[Current.Offset] is not ('-' or '+'))
        {
            throw Lexer.SyntaxError("InvalidUnicodeCharacter: only '-' is a minus sign", Current.Line, Current.Column);
        }
    }

    private Expr ParseMultiplicative()
    {
        var start = Current.Offset;
        var left = ParsePower();
        while (AtSymbol("*") || AtSymbol("/") || AtSymbol("%"))
        {
            var op = Advance().Text;
            left = At(new Binary(op, left, ParsePower()), start);
        }

        return left;
    }

    private Expr ParsePower()
    {
        var start = Current.Offset;
        var left = ParseUnary();
        while (AcceptSymbol("^"))
        {
            left = At(new Binary("^", left, ParseUnary()), start);
        }

        return left;
    }

    private Expr ParseUnary()
    {
        var start = Current.Offset;
        if (AtSymbol("-"))
        {
            _index++;
            if (Current.Kind == TokenKind.Integer && Current.Offset == PreviousEnd)
            {
                // "-9223372036854775808" is only representable when the sign is part of the literal.
                var token = Advance();
                var literal = ParseIntegerLiteral("-" + token.Text, token);
                return At(ApplyPostfix(At(literal, start), start, true), start);
            }

            if (Current.Kind == TokenKind.Float && Current.Offset == PreviousEnd)
            {
                // Subtracting from zero keeps "-0.0" a plain zero, as the TCK expects.
                var number = (Literal)ParseAtom();
                return At(ApplyPostfix(At(new Literal(0.0 - (double)number.Value!), start), start, true), start);
            }

            using var minus = Nest();
            return At(new Unary("-", ParseUnary()), start);
        }

        if (AcceptSymbol("+"))
        {
            using var plus = Nest();
            return At(new Unary("+", ParseUnary()), start);
        }

        return ParsePrimaryWithPostfix(allowLabels: true);
    }

    private Expr ParsePrimaryWithPostfix(bool allowLabels)
    {
        var start = Current.Offset;
        var atom = ParseAtom();
        return ApplyPostfix(atom, start, allowLabels);
    }

    private Expr ApplyPostfix(Expr expr, int start, bool allowLabels)
    {
        while (true)
        {
            if (AtSymbol(".") && (PeekAt(1).Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier))
            {
                _index++;
                expr = At(new PropertyAccess(expr, ExpectName()), start);
            }
            else if (AcceptSymbol("["))
            {
                Expr? from = null;
                if (!AtSymbol(".."))
                {
                    from = ParseExpression();
                }

                if (AcceptSymbol(".."))
                {
                    var to = AtSymbol("]") ? null : ParseExpression();
                    ExpectSymbol("]");
                    expr = At(new SliceAccess(expr, from, to), start);
                }
                else
                {
                    ExpectSymbol("]");
                    expr = At(new IndexAccess(expr, from!), start);
                }
            }
            else if (allowLabels && AtSymbol(":") && (PeekAt(1).Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier))
            {
                expr = At(new LabelCheck(expr, ParseLabels()), start);
            }
            else
            {
                return expr;
            }
        }
    }
}
