using System.Globalization;
using System.Text;
using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Tests.Tck;

internal sealed record TckNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

internal sealed record TckRel(string Type, IReadOnlyDictionary<string, object?> Properties);

internal sealed record TckPath(IReadOnlyList<TckNode> Nodes, IReadOnlyList<(TckRel Rel, bool Forward)> Rels);

/// <summary>Parses TCK value literals and renders both expected and actual values to one canonical text.</summary>
internal sealed partial class TckValues(string text)
{
    private int _pos;

    public static object? Parse(string text)
    {
        var parser = new TckValues(text);
        var value = parser.Value();
        parser.Ws();
        if (parser._pos != text.Length)
        {
            throw new FormatException($"Trailing input in TCK value '{text}'");
        }

        return value;
    }

    private void Ws()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
        {
            _pos++;
        }
    }

    private bool Peek(string s)
    {
        Ws();
        return string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;
    }

    private void Expect(string s)
    {
        if (!Peek(s))
        {
            throw new FormatException($"Expected '{s}' at {_pos} in '{text}'");
        }

        _pos += s.Length;
    }

    private object? Value()
    {
        Ws();
        if (Peek("null")) { _pos += 4; return null; }
        if (Peek("true")) { _pos += 4; return true; }
        if (Peek("false")) { _pos += 5; return false; }
        if (Peek("NaN")) { _pos += 3; return double.NaN; }
        if (Peek("Infinity")) { _pos += 8; return double.PositiveInfinity; }
        if (Peek("-Infinity")) { _pos += 9; return double.NegativeInfinity; }
        if (Peek("'")) return Str();
        if (Peek("[:")) return Rel();
        if (Peek("[")) return List();
        if (Peek("{")) return Map();
        if (Peek("(")) return Node();
        if (Peek("<")) return Path();
        return Number();
    }

    private string Str()
    {
        Expect("'");
        var sb = new StringBuilder();
        while (text[_pos] != '\'')
        {
            if (text[_pos] == '\\' && _pos + 1 < text.Length)
            {
                _pos++;
                sb.Append(text[_pos] switch { 'n' => '\n', 't' => '\t', var c => c });
                _pos++;
                continue;
            }

            sb.Append(text[_pos++]);
        }

        _pos++;
        return sb.ToString();
    }

    private object Number()
    {
        var start = _pos;
        while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '.' or '-' or '+'))
        {
            _pos++;
        }

        var s = text[start.._pos];
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private List<object?> List()
    {
        Expect("[");
        var list = new List<object?>();
        if (!Peek("]"))
        {
            do
            {
                list.Add(Value());
            }
            while (TryComma());
        }

        Expect("]");
        return list;
    }

    private bool TryComma()
    {
        if (!Peek(","))
        {
            return false;
        }

        _pos++;
        return true;
    }

    private Dictionary<string, object?> Map()
    {
        Expect("{");
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!Peek("}"))
        {
            do
            {
                var key = Name();
                Expect(":");
                map[key] = Value();
            }
            while (TryComma());
        }

        Expect("}");
        return map;
    }

    private string Name()
    {
        Ws();
        if (text[_pos] == '`')
        {
            var end = text.IndexOf('`', _pos + 1);
            var name = text[(_pos + 1)..end];
            _pos = end + 1;
            return name;
        }

        var start = _pos;
        while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_'))
        {
            _pos++;
        }

        return text[start.._pos];
    }

    private TckNode Node()
    {
        Expect("(");
        var labels = new List<string>();
        while (Peek(":"))
        {
            _pos++;
            labels.Add(Name());
        }

        var props = Peek("{") ? Map() : [];
        Expect(")");
        return new TckNode(labels, props);
    }

    private TckRel Rel()
    {
        Expect("[");
        Expect(":");
        var type = Name();
        var props = Peek("{") ? Map() : [];
        Expect("]");
        return new TckRel(type, props);
    }

    private TckPath Path()
    {
        Expect("<");
        var nodes = new List<TckNode> { Node() };
        var rels = new List<(TckRel, bool)>();
        while (!Peek(">"))
        {
            if (Peek("<-"))
            {
                _pos += 2;
                var rel = Rel();
                Expect("-");
                rels.Add((rel, false));
            }
            else
            {
                Expect("-");
                var rel = Rel();
                Expect("->");
                rels.Add((rel, true));
            }

            nodes.Add(Node());
        }

        Expect(">");
        return new TckPath(nodes, rels);
    }
}
