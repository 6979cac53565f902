using System.Text.Json;

namespace OicGraph.Graph.Neo4j.Http;

/// <summary>Reads a Query API body (plain or typed JSON). Unknown top-level fields are skipped, so newer servers parse too.</summary>
internal static class QueryResponseReader
{
    public static async Task<QueryResponse> ReadAsync(
        Stream body, ResultFormat format, int? maxRows, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await CopyAtMostAsync(body, buffer, maxBytes, cancellationToken);
        if (buffer.Length == 0)
        {
            // A rollback answers 200 with an empty body on 5.26.
            return new QueryResponse(QueryResult.Empty, [], null);
        }

        buffer.Position = 0;
        using var document = await JsonDocument.ParseAsync(buffer, cancellationToken: cancellationToken);
        return Read(document.RootElement, format, maxRows);
    }

    // The Query API has no server-side row cap or paging, so an unbounded MATCH could otherwise fill the API's memory.
    private static async Task CopyAtMostAsync(Stream body, MemoryStream buffer, long maxBytes, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new Neo4jResultTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }
    }

    public static QueryResponse Read(JsonElement root, ResultFormat format, int? maxRows)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The Query API answered with something other than a JSON object.");
        }

        var result = QueryResult.Empty;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            result = ReadData(data, format, maxRows);
        }

        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
            && transaction.TryGetProperty("id", out var id))
        {
            transactionId = id.GetString();
        }

        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? [.. marks.EnumerateArray().Where(mark => mark.ValueKind == JsonValueKind.String).Select(mark => mark.GetString()!)]
            : [];
        return new QueryResponse(result, ReadErrors(root), transactionId) { Bookmarks = bookmarks };
    }

    public static IReadOnlyList<Neo4jError> ReadErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return errors.EnumerateArray()
            .Select(error => new Neo4jError(
                error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))
            .ToList();
    }

    private static QueryResult ReadData(JsonElement data, ResultFormat format, int? maxRows)
    {
        var fields = data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Select(name => name.GetString() ?? "").ToList()
            : [];
        var rows = new List<IReadOnlyList<object?>>();
        var truncated = false;
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                if (rows.Count == maxRows)
                {
                    truncated = true;
                    break;
                }

                rows.Add(row.EnumerateArray().Select(cell => ValueReader.Read(cell, format)).ToList());
            }
        }

        return new QueryResult(fields, rows, truncated);
    }
}
