using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OicGraph.Cli;

/// <summary>
/// Sends documents to a running API through <c>POST /api/documents/batch</c> as NDJSON, in batches small enough for its
/// default limits (documents and body bytes), and reads back each document's own result. A 429 or 503 waits as the
/// server's Retry-After says and sends the batch again; a refused key or an unreachable server stops the ingest.
/// </summary>
internal sealed class ApiIngestTarget(HttpClient client, int batchDocuments, long batchBytes, TimeProvider clock)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The default batch: well under the API's default 1,000 documents and 4 MiB a request.</summary>
    public const int DefaultBatchDocuments = 100;

    public const long DefaultBatchBytes = 2L * 1024 * 1024;

    public async Task RunAsync(IAsyncEnumerable<IngestDocument> documents, IngestTally tally, IngestProgress progress, CancellationToken cancellationToken)
    {
        var batch = new List<IngestDocument>();
        long bytes = 0;
        await using var reader = documents.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            IngestDocument document;
            try
            {
                if (!await reader.MoveNextAsync())
                {
                    break;
                }

                document = reader.Current;
            }
            catch (IngestInputException)
            {
                // Everything read before the bad line is still loaded: the ingest stops at the line, not a batch earlier.
                await SendAsync(batch, tally, progress, cancellationToken);
                throw;
            }

            var size = Encoding.UTF8.GetByteCount(document.Text);
            if (batch.Count > 0 && (batch.Count >= batchDocuments || bytes + size > batchBytes))
            {
                await SendAsync(batch, tally, progress, cancellationToken);
                batch.Clear();
                bytes = 0;
            }

            batch.Add(document);
            bytes += size;
        }

        await SendAsync(batch, tally, progress, cancellationToken);
    }

    private async Task SendAsync(List<IngestDocument> batch, IngestTally tally, IngestProgress progress, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var body = Ndjson(batch);
        for (var attempt = 1; ; attempt++)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var response = await client.PostAsync("api/documents/batch", content, cancellationToken);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < MaxAttempts)
            {
                await Task.Delay(RetryAfter(response), clock, cancellationToken);
                continue;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Record(batch, text, tally);
            }
            else if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                throw new IngestTargetException($"the API answered {(int)response.StatusCode} to POST {client.BaseAddress}api/documents/batch: {Detail(text)}");
            }
            else
            {
                // The whole batch was refused (a body over the server's own limits, the server failing): every document
                // in it is reported with the server's reason, and the ingest goes on with the next batch.
                foreach (var document in batch)
                {
                    tally.Add(document, (int)response.StatusCode, Detail(text));
                }
            }

            await progress.AdvanceAsync(batch.Count, batch.Sum(d => d.Bytes));
            return;
        }
    }

    private static byte[] Ndjson(List<IngestDocument> batch)
    {
        using var stream = new MemoryStream();
        foreach (var d in batch)
        {
            JsonSerializer.Serialize(stream, new { text = d.Text, id = d.Id, title = d.Title, date = d.Date, sourceUrl = d.SourceUrl }, Json);
            stream.WriteByte((byte)'\n');
        }

        return stream.ToArray();
    }

    private static void Record(List<IngestDocument> batch, string body, IngestTally tally)
    {
        using var json = JsonDocument.Parse(body);
        foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("index").GetInt32();
            var problem = result.TryGetProperty("problem", out var p) && p.ValueKind == JsonValueKind.Object
                ? $"{p.GetProperty("title").GetString()} {p.GetProperty("detail").GetString()}"
                : null;
            tally.Add(batch[index], result.GetProperty("status").GetInt32(), problem);
        }
    }

    private static string Detail(string problemJson)
    {
        try
        {
            using var json = JsonDocument.Parse(problemJson);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                ? $"{(root.TryGetProperty("title", out var title) ? title.GetString() + " " : "")}{detail.GetString()}"
                : problemJson;
        }
        catch (JsonException)
        {
            return problemJson.Length > 200 ? problemJson[..200] + "…" : problemJson;
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta && delta > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Min(delta.TotalSeconds, 30)) : TimeSpan.FromSeconds(1);
}

/// <summary>Where <c>ingest</c> writes refused to go on (an unreachable server, a refused key); the message says why.</summary>
internal sealed class IngestTargetException(string message) : Exception(message);
