using System.Diagnostics;
using System.Text;

namespace OicGraph.Load;

/// <summary>
/// Closed-loop load: <c>connections</c> workers each send the next request as soon as the last answer is read to the end.
/// Every endpoint is reported as a ratio of <c>/health/live</c> (the framework's floor) measured in the same run, before
/// and after the endpoints, because the absolute numbers on a shared 2-core box mean little.
/// </summary>
internal static class Throughput
{
    private const string OneHop = """{"query":"MATCH (e:Entity {id: $id})-[r]-(n:Entity) RETURN n.id AS id, type(r) AS type ORDER BY id","parameters":{"id":"kazakhstan"}}""";

    private static readonly (string Name, Func<HttpRequestMessage> Request)[] Endpoints =
    [
        ("entity", () => Get("/api/entities/kazakhstan")),
        ("neighbours d2", () => Get("/api/entities/kazakhstan/neighbors?depth=2")),
        ("cytoscape", () => Get("/api/graph?format=cytoscape")),
        ("search", () => Get("/api/search?q=" + Uri.EscapeDataString("قازاقستان"))),
        ("documents", () => Get("/api/documents?limit=50")),
        ("cypher one-hop", () => new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = new StringContent(OneHop, Encoding.UTF8, "application/json") }),
    ];

    public static async Task RunAsync(HttpClient client, TimeSpan duration, int connections)
    {
        Console.WriteLine($"closed loop, {connections} connections, {duration.TotalSeconds:0.#} s per endpoint; load average {LoadAverage()}");
        // Twice round: tier-1 code replaces tier-0 in the background, after a method's calls are counted, so an endpoint
        // warmed just before its measurement can still run slow code when the box is loaded (an entity page measured at
        // half its rate when the endpoints warmed after it were fast to warm, and the JIT had had little time).
        for (var round = 0; round < 2; round++)
        {
            foreach (var (_, request) in Endpoints.Prepend(("floor", () => Get("/health/live"))))
            {
                await WarmUpAsync(client, request, connections);
            }
        }

        var floorBefore = await MeasureAsync(client, () => Get("/health/live"), duration, connections);
        var results = new List<(string Name, Result Result)>();
        foreach (var (name, request) in Endpoints)
        {
            results.Add((name, await MeasureAsync(client, request, duration, connections)));
        }

        var floorAfter = await MeasureAsync(client, () => Get("/health/live"), duration, connections);
        var floor = (floorBefore.Rps + floorAfter.Rps) / 2;
        Console.WriteLine($"{"endpoint",-16} {"rps",9} {"× floor",8} {"p50 ms",8} {"p99 ms",8} {"bytes",9} {"errors",6}");
        Console.WriteLine($"{"/health/live",-16} {floor,9:0} {1.0,8:0.000} {"",8} {"",8} {"",9} {floorBefore.Errors + floorAfter.Errors,6}   (before {floorBefore.Rps:0}, after {floorAfter.Rps:0})");
        foreach (var (name, result) in results)
        {
            Console.WriteLine($"{name,-16} {result.Rps,9:0} {result.Rps / floor,8:0.000} {result.P50,8:0.00} {result.P99,8:0.00} {result.Bytes,9} {result.Errors,6}");
        }

        Console.WriteLine($"load average {LoadAverage()}");
    }

    /// <summary>
    /// Until the endpoint has answered <see cref="WarmAnswers"/> times (at most 15 s): tiered JIT recompiles a method
    /// after ~30 calls and in the background, so a slow endpoint's first second (40 answers at 40 rps) still runs tier-0
    /// and instrumented code, which a profile showed as a quarter of the server's samples in the JIT itself.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient client, Func<HttpRequestMessage> request, int connections)
    {
        var answers = 0;
        var clock = Stopwatch.StartNew();
        while (answers < WarmAnswers && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            answers += (await MeasureAsync(client, request, TimeSpan.FromSeconds(1), connections)).Answers;
        }
    }

    private const int WarmAnswers = 500;

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static async Task<Result> MeasureAsync(HttpClient client, Func<HttpRequestMessage> request, TimeSpan duration, int connections)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[connections];
        var errors = new int[connections];
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = [];
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < stop)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                long read = 0;
                int n;
                while ((n = await body.ReadAsync(buffer)) > 0)
                {
                    read += n;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    errors[i]++;
                }

                Interlocked.Exchange(ref bytes, read);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        // Only answered requests count: a 429 or 503 is fast and would flatter the rate.
        return new Result((all.Count - errors.Sum()) / elapsed, Percentile(all, 0.5), Percentile(all, 0.99), Interlocked.Read(ref bytes), errors.Sum(), all.Count);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

    private sealed record Result(double Rps, double P50, double P99, long Bytes, int Errors, int Answers);
}
