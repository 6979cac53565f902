using System.Globalization;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    private List<PatternPart> ParsePattern()
    {
        var parts = new List<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart());
        }
        while (AcceptSymbol(","));
        return parts;
    }

    private PatternPart ParsePatternPart()
    {
        string? pathVariable = null;
        if ((Current.Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier) && PeekAt(1).IsSymbol("="))
        {
            pathVariable = ExpectVariable();
            ExpectSymbol("=");
        }

        var kind = PathKind.Normal;
        if (AtKeyword("shortestPath") || AtKeyword("allShortestPaths"))
        {
            kind = AtKeyword("shortestPath") ? PathKind.Shortest : PathKind.AllShortest;
            _index++;
            ExpectSymbol("(");
            var inner = ParseChain(pathVariable, kind);
            ExpectSymbol(")");
            return inner;
        }

        if (AtSymbol("(") && PeekAt(1).IsSymbol("(") )
        {
            // A parenthesised pattern part.
            _index++;
            var inner = ParseChain(pathVariable, kind);
            ExpectSymbol(")");
            return inner;
        }

        return ParseChain(pathVariable, kind);
    }

    private PatternPart ParseChain(string? pathVariable, PathKind kind)
    {
        var nodes = new List<NodePattern> { ParseNodePattern() };
        var rels = new List<RelPattern>();
        while (AtSymbol("-") || (AtSymbol("<") && PeekAt(1).IsSymbol("-")))
        {
            rels.Add(ParseRelPattern());
            nodes.Add(ParseNodePattern());
        }

        return new PatternPart(pathVariable, kind, nodes, rels);
    }

    private NodePattern ParseNodePattern()
    {
        ExpectSymbol("(");
        string? variable = null;
        if (Current.Kind == TokenKind.EscapedIdentifier || (Current.Kind == TokenKind.Identifier && !IsReserved(Current.Text)))
        {
            variable = Advance().Text;
        }

        var labels = ParseLabels();
        Expr? properties = null;
        if (AtSymbol("{") || Current.Kind == TokenKind.Parameter)
        {
            properties = ParseAtom();
        }

        ExpectSymbol(")");
        return new NodePattern(variable, labels, properties);
    }

    private RelPattern ParseRelPattern()
    {
        var left = AcceptSymbol("<");
        ExpectSymbol("-");
        string? variable = null;
        var types = new List<string>();
        Expr? properties = null;
        var varLength = false;
        int? min = null;
        int? max = null;
        if (AcceptSymbol("["))
        {
            if (Current.Kind == TokenKind.EscapedIdentifier || (Current.Kind == TokenKind.Identifier && !IsReserved(Current.Text)))
            {
                variable = Advance().Text;
            }

            if (AcceptSymbol(":"))
            {
                types.Add(ExpectName());
                while (AcceptSymbol("|"))
                {
                    AcceptSymbol(":");
                    types.Add(ExpectName());
                }
            }

            if (AcceptSymbol("*"))
            {
                varLength = true;
                if (Current.Kind == TokenKind.Integer)
                {
                    min = ParseHops();
                    max = min;
                }

                if (AcceptSymbol(".."))
                {
                    max = Current.Kind == TokenKind.Integer ? ParseHops() : null;
                }
            }

            if (AtSymbol("{") || Current.Kind == TokenKind.Parameter)
            {
                properties = ParseAtom();
            }

            ExpectSymbol("]");
        }

        ExpectSymbol("-");
        var right = AcceptSymbol(">");
        var direction = left == right ? Direction.Both : left ? Direction.Incoming : Direction.Outgoing;
        return new RelPattern(variable, types, properties, direction, varLength, min, max);
    }

    private int ParseHops()
    {
        var token = Advance();
        return int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var hops)
            ? hops
            : throw Lexer.SyntaxError($"InvalidRelationshipLength: '{token.Text}' is not a decimal number of hops up to {int.MaxValue}", token.Line, token.Column);
    }
}
