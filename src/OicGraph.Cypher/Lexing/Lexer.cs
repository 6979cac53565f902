using System.Globalization;
using System.Text;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Lexing;

internal sealed class Lexer(string text)
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

            return new Token(TokenKind.Identifier, text[start.._pos], start, line, column);
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

        return new Token(TokenKind.EscapedIdentifier, sb.ToString(), start, line, column);
    }

    private Token Number(int start, int line, int column)
    {
        if (text[_pos] == '0' && _pos + 1 < text.Length && (text[_pos + 1] is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = text[_pos + 1] is 'x' or 'X';
            _pos += 2;
            var digitsStart = _pos;
            while (_pos < text.Length && char.IsLetterOrDigit(text[_pos]))
            {
                _pos++;
            }

            var digits = text[digitsStart.._pos];
            var valid = digits.Length > 0 && digits.All(c => hex ? char.IsAsciiHexDigit(c) : c is >= '0' and <= '7');
            if (!valid)
            {
                throw SyntaxError($"InvalidNumberLiteral '{text[start.._pos]}'", line, column);
            }

            return new Token(TokenKind.Integer, text[start.._pos], start, line, column);
        }

        var isFloat = false;
        while (_pos < text.Length && char.IsDigit(text[_pos]))
        {
            _pos++;
        }

        if (_pos + 1 < text.Length && text[_pos] == '.' && char.IsDigit(text[_pos + 1]))
        {
            isFloat = true;
            _pos++;
            while (_pos < text.Length && char.IsDigit(text[_pos]))
            {
                _pos++;
            }
        }

        if (_pos < text.Length && (text[_pos] is 'e' or 'E'))
        {
            var save = _pos;
            _pos++;
            if (_pos < text.Length && (text[_pos] is '+' or '-'))
            {
                _pos++;
            }

            if (_pos < text.Length && char.IsDigit(text[_pos]))
            {
                isFloat = true;
                while (_pos < text.Length && char.IsDigit(text[_pos]))
                {
                    _pos++;
                }
            }
            else
            {
                _pos = save;
            }
        }

        if (_pos < text.Length && (char.IsLetter(text[_pos]) || text[_pos] == '_'))
        {
            throw SyntaxError($"InvalidNumberLiteral '{text[start.._pos]}'", line, column);
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Integer, text[start.._pos], start, line, column);
    }

    private string ReadString(char quote, int line, int column)
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw SyntaxError("Unterminated string literal", line, column);
            }

            var c = text[_pos++];
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (_pos >= text.Length)
            {
                throw SyntaxError("Unterminated string literal", line, column);
            }

            var e = text[_pos++];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'f': sb.Append('\f'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'u' or 'U':
                    var len = e == 'u' ? 4 : 8;
                    if (_pos + len > text.Length
                        || !int.TryParse(text.AsSpan(_pos, len), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw SyntaxError("InvalidUnicodeLiteral", line, column);
                    }

                    sb.Append(char.ConvertFromUtf32(code));
                    _pos += len;
                    break;
                default:
                    throw SyntaxError($"Invalid escape sequence '\\{e}'", line, column);
            }
        }
    }

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
                var stop = end < 0 ? text.Length : end + 2;
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
