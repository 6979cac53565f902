using System.Globalization;
using System.Text;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Lexing;

internal sealed partial class Lexer(string text)
{
    private static readonly string[] MultiCharSymbols = ["..", "<=", ">=", "<>", "!=", "=~", "+="];

    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);
        return tokens;
    }

    public static CypherQueryException SyntaxError(string message, int line, int column) =>
        new("Neo.ClientError.Statement.SyntaxError", $"{message} (line {line}, column {column})", line, column);

    private Token Next()
    {
        var token = NextCore();
        return token with { End = _pos };
    }

    private Token NextCore()
    {
        SkipTrivia();
        var start = _pos;
        var line = _line;
        var column = _pos - _lineStart + 1;
        if (_pos >= text.Length)
        {
            return new Token(TokenKind.End, "", start, line, column);
        }

        var c = text[_pos];
        if (char.IsLetter(c) || c == '_')
        {
            while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_'))
            {
                _pos++;
            }

            return new Token(TokenKind.Identifier, Canonical(text[start.._pos]), start, line, column);
        }

        if (char.IsDigit(c) || (c == '.' && _pos + 1 < text.Length && char.IsDigit(text[_pos + 1])))
        {
            return Number(start, line, column);
        }

        switch (c)
        {
            case '`':
                return Escaped(start, line, column);
            case '\'' or '"':
                return new Token(TokenKind.String, ReadString(c, line, column), start, line, column);
            case '$':
                _pos++;
                if (_pos < text.Length && text[_pos] == '`')
                {
                    var escaped = Escaped(_pos, line, column);
                    return new Token(TokenKind.Parameter, escaped.Text, start, line, column);
                }

                var nameStart = _pos;
                while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_'))
                {
                    _pos++;
                }

                if (_pos == nameStart)
                {
                    throw SyntaxError("Invalid parameter", line, column);
                }

                return new Token(TokenKind.Parameter, text[nameStart.._pos], start, line, column);
        }

        foreach (var symbol in MultiCharSymbols)
        {
            if (string.CompareOrdinal(text, _pos, symbol, 0, symbol.Length) == 0)
            {
                _pos += symbol.Length;
                return new Token(TokenKind.Symbol, symbol, start, line, column);
            }
        }

        if ("()[]{},.:;|+-*/%^=<>".Contains(c, StringComparison.Ordinal) || IsDash(c))
        {
            _pos++;
            return new Token(TokenKind.Symbol, IsDash(c) ? "-" : c.ToString(), start, line, column);
        }

        if (c is '⟨' or '〈' or '﹤' or '＜')
        {
            _pos++;
            return new Token(TokenKind.Symbol, "<", start, line, column);
        }

        if (c is '⟩' or '〉' or '﹥' or '＞')
        {
            _pos++;
            return new Token(TokenKind.Symbol, ">", start, line, column);
        }

        throw SyntaxError($"Unexpected character '{c}'", line, column);
    }

    // openCypher accepts the Unicode dash family as '-' in arrows.
    private static bool IsDash(char c) => c is '­' or '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '﹘' or '﹣' or '－';

    private Token Escaped(int start, int line, int column)
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw SyntaxError("Unterminated escaped identifier", line, column);
            }

            if (text[_pos] == '`')
            {
                if (_pos + 1 < text.Length && text[_pos + 1] == '`')
                {
                    sb.Append('`');
                    _pos += 2;
                    continue;
                }

                _pos++;
                break;
            }

            sb.Append(text[_pos++]);
        }

        return new Token(TokenKind.EscapedIdentifier, Canonical(sb.ToString()), start, line, column);
    }

    // A name the program already holds as a literal (the store's labels, types and property keys) becomes that very
    // instance, so the matcher's and property maps' ordinal comparisons succeed on the reference check instead of comparing
    // characters per row. IsInterned adds nothing to the pool: a query's made-up names cannot grow it.
    private static string Canonical(string name) => string.IsInterned(name) ?? name;

    private void SkipTrivia()
    {
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '/')
            {
                while (_pos < text.Length && text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*')
            {
                var end = text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw SyntaxError("Unterminated comment: '/*' has no closing '*/'", _line, _pos - _lineStart + 1);
                }

                var stop = end + 2;
                while (_pos < stop)
                {
                    if (text[_pos] == '\n')
                    {
                        _line++;
                        _lineStart = _pos + 1;
                    }

                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }
}
