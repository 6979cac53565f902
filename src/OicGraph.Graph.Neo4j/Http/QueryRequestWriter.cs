using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace OicGraph.Graph.Neo4j.Http;

/// <summary>
/// Writes a Query API request body. Field order is fixed (<c>statement</c>, <c>parameters</c>, then the optional fields)
/// because servers before 2026.08 bind fields in order; optional fields are omitted rather than sent as null because
/// 5.26 refuses fields it does not know.
/// </summary>
internal static class QueryRequestWriter
{
    // Kazakh text stays UTF-8 (2 bytes a letter) instead of \uXXXX escapes (6); the body is never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Statement? statement, AccessMode mode, int? maxExecutionSeconds = null, IReadOnlyList<string>? bookmarks = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            if (statement is not null)
            {
                json.WriteString("statement", statement.Text);
                if (statement.Parameters is { Count: > 0 } parameters)
                {
                    json.WritePropertyName("parameters");
                    WriteMap(json, parameters);
                }
            }

            if (mode == AccessMode.Read)
            {
                json.WriteString("accessMode", "Read");
            }

            if (bookmarks is { Count: > 0 })
            {
                json.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    json.WriteStringValue(bookmark);
                }

                json.WriteEndArray();
            }

            if (maxExecutionSeconds is { } seconds)
            {
                json.WriteNumber("maxExecutionTime", seconds);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                WriteFloat(json, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case Enum:
                json.WriteStringValue(value.ToString());
                break;
            case JsonElement element:
                element.WriteTo(json);
                break;
            case DateTimeOffset moment:
                json.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(json, map);
                break;
            case IReadOnlyDictionary<string, string> strings:
                json.WriteStartObject();
                foreach (var (key, text) in strings)
                {
                    json.WriteString(key, text);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be a Cypher parameter.", nameof(value));
        }
    }

    private static void WriteMap(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> map)
    {
        json.WriteStartObject();
        foreach (var (key, item) in map)
        {
            json.WritePropertyName(key);
            WriteValue(json, item);
        }

        json.WriteEndObject();
    }

    // In plain JSON the server reads 1 as INTEGER and 1.0 as FLOAT, so a float must always carry its point or exponent.
    private static void WriteFloat(Utf8JsonWriter json, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("NaN and infinities cannot be sent as plain JSON parameters.", nameof(value));
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            text += ".0";
        }

        json.WriteRawValue(text);
    }
}
