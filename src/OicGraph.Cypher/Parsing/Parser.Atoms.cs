using System.Globalization;
using System.Numerics;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private Expr ParseAtom()
    {
        var start = Current.Offset;
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                _index++;
                return At(new Literal(token.Text), start);
            case TokenKind.Integer:
                _index++;
                return At(ParseIntegerLiteral(token.Text, token), start);
            case TokenKind.Float:
                _index++;
                var d = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(d))
                {
                    throw Lexer.SyntaxError("FloatingPointOverflow", token.Line, token.Column);
                }

                return At(new Literal(d), start);
            case TokenKind.Parameter:
                _index++;
                return At(new Parameter(token.Text), start);
            case TokenKind.EscapedIdentifier:
                _index++;
                return ParseAfterName(token.Text, start, true);
            case TokenKind.Symbol:
                return ParseSymbolAtom(start);
            case TokenKind.Identifier:
                return ParseIdentifierAtom(start);
            default:
                throw Error("Expected an expression");
        }
    }

    /// <summary>Decimal, 0x hex or 0o octal; the sign is folded in so the most negative long parses.</summary>
    private static Literal ParseIntegerLiteral(string text, Token token)
    {
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        BigInteger value;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            value = BigInteger.Parse("0" + digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        else if (digits.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
        {
            value = digits[2..].Aggregate(BigInteger.Zero, (acc, c) => (acc * 8) + (c - '0'));
        }
        else
        {
            value = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (negative)
        {
            value = -value;
        }

        if (value < long.MinValue || value > long.MaxValue)
        {
            throw Lexer.SyntaxError("IntegerOverflow: integer literal is too large", token.Line, token.Column);
        }

        return new Literal((long)value);
    }

    private Expr ParseSymbolAtom(int start)
    {
        if (AtSymbol("("))
        {
            var save = _index;
            if (TryParsePatternExpression(start) is { } pattern)
            {
                return pattern;
            }

            _index = save + 1;
            var inner = ParseExpression();
            ExpectSymbol(")");
            return inner;
        }

        if (AtSymbol("["))
        {
            return ParseBracket(start);
        }

        if (AtSymbol("{"))
        {
            return ParseMapLiteral(start);
        }

        throw Error("Expected an expression");
    }

    private PatternPredicate? TryParsePatternExpression(int start)
    {
        var save = _index;
        try
        {
            var part = ParseChain(null, PathKind.Normal);
            if (part.Rels.Count > 0)
            {
                return At(new PatternPredicate(part), start);
            }
        }
        catch (CypherQueryException) when (_fatal is null)
        {
        }

        _index = save;
        return null;
    }

    private MapLiteral ParseMapLiteral(int start)
    {
        ExpectSymbol("{");
        var entries = new List<KeyValuePair<string, Expr>>();
        if (!AtSymbol("}"))
        {
            do
            {
                var key = ExpectName();
                ExpectSymbol(":");
                entries.Add(new(key, ParseExpression()));
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol("}");
        return At(new MapLiteral(entries), start);
    }

    private Expr ParseIdentifierAtom(int start)
    {
        var token = Advance();
        var upper = token.Text.ToUpperInvariant();
        switch (upper)
        {
            case "TRUE":
                return At(new Literal(true), start);
            case "FALSE":
                return At(new Literal(false), start);
            case "NULL":
                return At(new Literal(null), start);
            case "CASE":
                return ParseCase(start);
            case "COUNT" when AtSymbol("(") && PeekAt(1).IsSymbol("*") && PeekAt(2).IsSymbol(")"):
                _index += 3;
                return At(new CountStar(), start);
            case "ANY" or "ALL" or "NONE" or "SINGLE" when AtSymbol("(") && PeekAt(2).IsKeyword("IN"):
                _index++;
                var variable = ExpectVariable();
                ExpectKeyword("IN");
                var source = ParseExpression();
                var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
                ExpectSymbol(")");
                return At(new Quantifier(upper, variable, source, where), start);
            case "REDUCE" when AtSymbol("("):
                return ParseReduce(start);
            case "EXISTS" when AtSymbol("{"):
                return At(new ExistsSubquery(ParseSubqueryBody()), start);
            case "COUNT" when AtSymbol("{"):
                return At(new CountSubquery(ParseSubqueryBody()), start);
            case "COLLECT" when AtSymbol("{"):
                return At(new CollectSubquery(ParseSubqueryBody()), start);
        }

        if (IsReserved(token.Text) && upper is not ("ALL" or "ANY" or "NONE" or "SINGLE" or "EXISTS"))
        {
            _index--;
            throw Error("Unexpected keyword");
        }

        return ParseAfterName(token.Text, start, false);
    }

    private Expr ParseAfterName(string name, int start, bool escaped)
    {
        // Namespaced function names: a.b.c(...)
        if (!escaped && AtSymbol(".") && PeekAt(1).Kind == TokenKind.Identifier)
        {
            var save = _index;
            var full = name;
            while (AtSymbol(".") && PeekAt(1).Kind == TokenKind.Identifier)
            {
                _index++;
                full += "." + Advance().Text;
            }

            if (AtSymbol("("))
            {
                return ParseFunctionCall(full, start);
            }

            _index = save;
        }

        if (AtSymbol("("))
        {
            return ParseFunctionCall(name, start);
        }

        if (AtSymbol("{"))
        {
            return ParseMapProjection(name, start);
        }

        return At(new Variable(name), start);
    }

    private FunctionCall ParseFunctionCall(string name, int start)
    {
        ExpectSymbol("(");
        var distinct = AcceptKeyword("DISTINCT");
        var args = new List<Expr>();
        if (!AtSymbol(")"))
        {
            do
            {
                args.Add(ParseExpression());
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol(")");
        return At(new FunctionCall(name, distinct, args), start);
    }
}
