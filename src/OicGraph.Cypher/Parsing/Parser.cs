using System.Runtime.CompilerServices;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Lexing;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Parsing;

/// <summary>Recursive-descent parser for openCypher; split by concern across partial files.</summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly List<Token> _tokens;

    // Full expressions already parsed (or failed) at a token index, so backtracking never parses the same text twice:
    // without it, nested list or pattern comprehensions that fall back to another reading take exponential time.
    private readonly Dictionary<int, (Expr? Expr, int End, CypherQueryException? Error)> _expressions = [];
    private int _index;
    private int _depth;

    // Set when a limit is hit: such an error ends the parse, no alternative reading may swallow it.
    private CypherQueryException? _fatal;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static Query Parse(string text)
    {
        var parser = new Parser(text);
        var query = parser.ParseQuery();
        QueryShape.Check(query);
        return query;
    }

    /// <summary>
    /// Enters one level of nesting; every recursive path through the parser passes here, so the nesting limit bounds the
    /// parser's stack, and the stack probe turns anything unforeseen into an error rather than a crash.
    /// </summary>
    private NestingScope Nest()
    {
        if (++_depth > CypherLimits.MaxNestingDepth)
        {
            _depth--;
            _fatal ??= Lexer.SyntaxError(
                $"The query nests parentheses, brackets, braces, CASE or subqueries deeper than {CypherLimits.MaxNestingDepth} levels (the nesting limit)",
                Current.Line,
                Current.Column);
            throw _fatal;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            _fatal ??= Lexer.SyntaxError("The query is too deeply nested to parse on this server's stack; simplify it", Current.Line, Current.Column);
            throw _fatal;
        }

        return new NestingScope(this);
    }

    private readonly struct NestingScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }

    private Token Current => _tokens[_index];

    private Token PeekAt(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private int PreviousEnd => _index == 0 ? 0 : _tokens[_index - 1].End;

    private Token Advance() => _tokens[_index++];

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtSymbol(string symbol) => Current.IsSymbol(symbol);

    private bool AcceptKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            return false;
        }

        _index++;
        return true;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (!AtSymbol(symbol))
        {
            return false;
        }

        _index++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword))
        {
            throw Error($"Expected {keyword}");
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!AcceptSymbol(symbol))
        {
            throw Error($"Expected '{symbol}'");
        }
    }

    private CypherQueryException Error(string message)
    {
        var token = Current;
        var found = token.Kind == TokenKind.End ? "end of input" : $"'{token.Text}'";
        return Lexer.SyntaxError($"{message}, found {found}", token.Line, token.Column);
    }

    private string ExpectName()
    {
        var token = Current;
        if (token.Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier)
        {
            _index++;
            return token.Text;
        }

        throw Error("Expected a name");
    }

    private string ExpectVariable()
    {
        var token = Current;
        // Keywords are fine as names here (AS end, UNWIND x AS count): the position already says it is a variable.
        if (token.Kind is TokenKind.EscapedIdentifier or TokenKind.Identifier)
        {
            _index++;
            return token.Text;
        }

        throw Error("Expected a variable");
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE",
        "DETACH", "UNION", "ORDER", "SKIP", "LIMIT", "AS", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE",
        "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ON", "CALL", "YIELD", "STARTS", "ENDS", "CONTAINS",
    };

    private static bool IsReserved(string word) => Reserved.Contains(word);
}
