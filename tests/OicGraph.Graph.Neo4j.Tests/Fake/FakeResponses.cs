using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>Writes bodies exactly as Neo4j 5.26 does: compact JSON, keys in the server's order, errors in the envelope.</summary>
internal static class FakeResponses
{
    public const string Json = "application/json";
    public const string Typed = "application/vnd.neo4j.query";

    private static int _bookmark;

    /// <summary>Whether a bookmark has the fake's form and was handed out already (bookmarks only ever move forward).</summary>
    public static bool Issued(string bookmark)
    {
        if (!bookmark.StartsWith("FB:", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var bytes = Convert.FromBase64String(bookmark[3..]);
            return bytes.Length == 4 && BitConverter.ToInt32(bytes) is var issued && issued > 0 && issued <= Volatile.Read(ref _bookmark);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // Neo4j (Jackson) writes quotes, apostrophes and non-ASCII text unescaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task ErrorAsync(HttpContext context, int status, string code, string message, string mediaType = Json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType;
        return context.Response.WriteAsync(ErrorBody(code, message));
    }

    public static string ErrorBody(string code, string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            WriteErrors(json, code, message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>202 with data (when a statement ran), counters, bookmarks, the open transaction and any error.</summary>
    public static async Task ResultAsync(
        HttpContext context, FakeOutcome? outcome, bool typed, bool counters, (string Id, DateTimeOffset Expires)? transaction,
        bool bookmarks, bool modern)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            if (outcome is not null)
            {
                json.WriteStartObject("data");
                json.WriteStartArray("fields");
                foreach (var field in outcome.Fields)
                {
                    json.WriteStringValue(field);
                }

                json.WriteEndArray();
                json.WriteStartArray("values");
                foreach (var row in outcome.Rows)
                {
                    json.WriteStartArray();
                    foreach (var cell in row)
                    {
                        FakeJson.Write(json, cell, typed);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                if (counters)
                {
                    WriteCounters(json);
                }

                if (modern)
                {
                    json.WriteString("queryType", "r");
                    json.WriteNumber("resultAvailableAfter", 1);
                    json.WriteNumber("resultConsumedAfter", 2);
                }
            }

            if (bookmarks)
            {
                json.WriteStartArray("bookmarks");
                json.WriteStringValue("FB:" + Convert.ToBase64String(BitConverter.GetBytes(Interlocked.Increment(ref _bookmark))));
                json.WriteEndArray();
            }

            if (transaction is { } open)
            {
                json.WriteStartObject("transaction");
                json.WriteString("id", open.Id);
                json.WriteString("expires", open.Expires.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            if (outcome?.Error is { } error)
            {
                WriteErrors(json, error.Code, error.Message);
            }

            json.WriteEndObject();
        }

        context.Response.StatusCode = 202;
        context.Response.ContentType = typed ? Typed : Json;
        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    private static void WriteErrors(Utf8JsonWriter json, string code, string message)
    {
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteCounters(Utf8JsonWriter json)
    {
        json.WriteStartObject("counters");
        json.WriteBoolean("containsUpdates", false);
        foreach (var name in new[] { "nodesCreated", "nodesDeleted", "propertiesSet", "relationshipsCreated", "relationshipsDeleted", "labelsAdded", "labelsRemoved", "indexesAdded", "indexesRemoved", "constraintsAdded", "constraintsRemoved" })
        {
            json.WriteNumber(name, 0);
        }

        json.WriteBoolean("containsSystemUpdates", false);
        json.WriteNumber("systemUpdates", 0);
        json.WriteEndObject();
    }
}
