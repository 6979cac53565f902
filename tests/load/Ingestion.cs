using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OicGraph.Load;

/// <summary>
/// Loads N documents into a fresh embedded store, one POST per document or (<c>--batch N</c>) N at a time through
/// POST /api/documents/batch, and prints, per 1,000 documents: docs/s counting only documents the server answered 201
/// for (any other answer stops the run), the server's CPU seconds for those documents, its RSS, how long the first
/// Cypher query takes right after a write and the same query asked again at once (the difference is the catching up
/// with the writes, the rest the query's own cost), the entity page of the most named entity (the first request after the
/// writes and the median of the next ones) and its size; then the restart: how long the server takes to answer /health/ready when
/// started again on those documents, beside the same restart of the seed-only store measured before loading.
/// Documents are new combinations of the seed interview's sentences, so extraction does real work on every one.
/// </summary>
internal static class Ingestion
{
    private const string Count = """{"query":"MATCH (d:Document)-[:MENTIONS]->(e:Entity {id: 'kazakhstan'}) RETURN count(d) AS documents"}""";

    public static async Task RunAsync(ApiServer server, HttpClient client, int documents, int batch)
    {
        var sentences = Sentences();
        var random = new Random(13);
        var seedOnlyRestart = await server.RestartAsync(client);
        Console.WriteLine($"{documents} documents from {sentences.Count} seed sentences, {(batch > 1 ? $"{batch} a request to /api/documents/batch" : "one POST each")}; load average {Throughput.LoadAverage()}");
        Console.WriteLine($"{"documents",9} {"docs/s",8} {"CPU s/1k",8} {"RSS MiB",8} {"MiB/1k",7} {"first query ms",15} {"again ms",9} {"entity ms first",15} {"median",6} {"entity KB",10}");
        var baseline = server.RssMiB();
        var block = Stopwatch.StartNew();
        var cpu = server.CpuSeconds();
        var pending = new List<string>();
        for (var i = 1; i <= documents; i++)
        {
            var text = new StringBuilder();
            for (var s = 0; s < 12; s++)
            {
                text.Append(sentences[random.Next(sentences.Count)]).Append(' ');
            }

            pending.Add(JsonSerializer.Serialize(new { text = text.ToString().Trim(), id = $"load-{i:D6}", title = $"Load {i}" }));
            if (pending.Count < batch && i % 1000 != 0 && i != documents)
            {
                continue;
            }

            await PostAsync(client, pending, batch);
            pending.Clear();
            if (i % 1000 == 0 || i == documents)
            {
                var inBlock = i % 1000 == 0 ? 1000 : i % 1000;
                var rate = inBlock / block.Elapsed.TotalSeconds;
                var cpuPerThousand = (server.CpuSeconds() - cpu) / inBlock * 1000;
                var query = Stopwatch.StartNew();
                using (var answer = await client.PostAsync("/api/cypher", new StringContent(Count, Encoding.UTF8, "application/json")))
                {
                    await answer.Content.ReadAsByteArrayAsync();
                    answer.EnsureSuccessStatusCode();
                }

                var firstQuery = query.Elapsed.TotalMilliseconds;
                // The same query again, with no write between: what the first one spent catching up with the writes is
                // the difference; the rest is the query's own cost at this size.
                query.Restart();
                using (var again = await client.PostAsync("/api/cypher", new StringContent(Count, Encoding.UTF8, "application/json")))
                {
                    await again.Content.ReadAsByteArrayAsync();
                    again.EnsureSuccessStatusCode();
                }

                var secondQuery = query.Elapsed.TotalMilliseconds;
                var (detail, entityFirst, entityMedian) = await EntityDetailAsync(client);
                var rss = server.RssMiB();
                Console.WriteLine($"{i,9} {rate,8:0.0} {cpuPerThousand,8:0.00} {rss,8:0} {(rss - baseline) / i * 1000,7:0.0} {firstQuery,15:0.0} {secondQuery,9:0.0} {entityFirst,7:0.0} {entityMedian,6:0.0} {detail.Length / 1024.0,10:0.0}");
                block.Restart();
                cpu = server.CpuSeconds();
            }
        }

        var restart = await server.RestartAsync(client);
        Console.WriteLine($"restart to ready: {restart.TotalSeconds:0.00} s at {documents} documents, {seedOnlyRestart.TotalSeconds:0.00} s with the seed alone ({(restart - seedOnlyRestart).TotalSeconds:+0.00;-0.00} s)");
        Console.WriteLine($"load average {Throughput.LoadAverage()}");
    }

    // One timed request is as much the machine's noise as the page's cost: the first one after the writes, then the
    // median of the next ones (the page's own cost at this size).
    private const int EntityRequests = 21;

    /// <summary>The entity page of Kazakhstan, the most named entity: its bytes, the first request's ms and the median of <see cref="EntityRequests"/> more.</summary>
    private static async Task<(byte[] Detail, double FirstMs, double MedianMs)> EntityDetailAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        var detail = await client.GetByteArrayAsync("/api/entities/kazakhstan");
        var first = clock.Elapsed.TotalMilliseconds;
        var times = new double[EntityRequests];
        for (var r = 0; r < times.Length; r++)
        {
            clock.Restart();
            _ = await client.GetByteArrayAsync("/api/entities/kazakhstan");
            times[r] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (detail, first, times[times.Length / 2]);
    }

    /// <summary>Stores the documents, throwing unless every one of them was created (201).</summary>
    private static async Task PostAsync(HttpClient client, List<string> documents, int batch)
    {
        if (batch <= 1)
        {
            using var created = await client.PostAsync("/api/documents", new StringContent(documents.Single(), Encoding.UTF8, "application/json"));
            if (created.StatusCode != System.Net.HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            }

            return;
        }

        using var answer = await client.PostAsync("/api/documents/batch", new StringContent(string.Join('\n', documents), Encoding.UTF8, "application/x-ndjson"));
        var body = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"batch: {(int)answer.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        if (json.RootElement.GetProperty("created").GetInt32() != documents.Count)
        {
            throw new InvalidOperationException($"batch: not every document was created: {body}");
        }
    }

    private static List<string> Sentences()
    {
        var folder = Path.Combine(ApiServer.RepositoryRoot(), "graph-seed", "documents");
        return [.. Directory.GetFiles(folder, "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split(['.', '?', '!', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 20)
            .Select(s => s + ".")];
    }
}
