using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OicGraph.Graph.Neo4j.Seeding;

/// <summary>Cypher literals for a parameter-free script: quoted, escaped strings, integers, lists and maps with sorted keys.</summary>
internal static partial class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => String(text),
        bool flag => flag ? "true" : "false",
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"A {value.GetType().Name} has no Cypher literal here.", nameof(value)),
    };

    public static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Name(pair.Key) + ": " + Of(pair.Value))) + "}";

    /// <summary>A property key as written in Cypher: bare when it is an identifier, otherwise backtick-quoted.</summary>
    public static string Name(string key) => Identifier().IsMatch(key) ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '\'' => builder.Append("\\'"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                // Other control characters are escaped so the script survives editors and terminals unchanged.
                _ when char.IsControl(c) =>
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
