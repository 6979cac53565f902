using System.Globalization;
using System.Text;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Lexing;

internal sealed partial class Lexer
{
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
}
