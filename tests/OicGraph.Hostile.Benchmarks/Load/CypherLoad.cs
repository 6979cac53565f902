using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using OicGraph.Hostile.Benchmarks.Process;

namespace OicGraph.Hostile.Benchmarks.Load;

/// <summary>
/// Does a flood of heavy Cypher queries slow everyone else down? Measures the p99 latency of an unrelated GET alone, then
/// while <c>clients</c> loops keep heavy queries in flight (each retries after a 503 as its Retry-After says), and prints
/// the ratio, with what the Cypher clients got: answers, refusals, timeouts and how far past their limit the timeouts landed.
/// </summary>
public static class CypherLoad
{
    public sealed record Report(double IdleP99Ms, double LoadedP99Ms, IReadOnlyDictionary<HttpStatusCode, int> CypherStatuses, double WorstTimeoutOvershoot)
    {
        public double Ratio => LoadedP99Ms / IdleP99Ms;
    }

    private static readonly string[] HeavyQueries =
    [
        "MATCH (a), (b), (c) RETURN count(*)",
        "UNWIND range(1, 100000000) AS x RETURN sum(x)",
        "MATCH (a)-[*..6]-(b) RETURN count(*)",
        "UNWIND range(1, 50) AS i RETURN reduce(s = 'x', j IN range(1, 20) | s + s) AS big",
    ];

    public static async Task<Report> RunAsync(int clients, int requests, int port, int timeoutSeconds, Action<string> log, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("oicgraph-load-").FullName;
        try
        {
            await using var api = await ApiProcess.StartAsync(directory, port, cancellationToken: cancellationToken);
            using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
            await api.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(120), cancellationToken);
            await MeasureGetAsync(client, 200, cancellationToken);
            var idle = await MeasureGetAsync(client, requests, cancellationToken);
            log($"idle: GET /api/entities/kazakhstan p50 {Percentile(idle, 0.5):F2} ms, p99 {Percentile(idle, 0.99):F2} ms over {requests} requests");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var statuses = new Dictionary<HttpStatusCode, int>();
            var overshoots = new List<double>();
            var flood = Enumerable.Range(0, clients).Select(i => FloodAsync(client, HeavyQueries[i % HeavyQueries.Length], timeoutSeconds, statuses, overshoots, stop.Token)).ToList();
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var loaded = await MeasureGetAsync(client, requests, cancellationToken);
            await stop.CancelAsync();
            await Task.WhenAll(flood);
            log($"with {clients} heavy Cypher clients: GET p50 {Percentile(loaded, 0.5):F2} ms, p99 {Percentile(loaded, 0.99):F2} ms");
            lock (statuses)
            {
                log("Cypher answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} x {s.Value}")));
                log($"timeouts: {overshoots.Count}, worst end {(overshoots.Count == 0 ? 0 : overshoots.Max() * 100):F1}% past the {timeoutSeconds} s limit");
            }

            return new Report(Percentile(idle, 0.99), Percentile(loaded, 0.99), statuses, overshoots.Count == 0 ? 0 : overshoots.Max());
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<List<double>> MeasureGetAsync(HttpClient client, int requests, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri("/api/entities/kazakhstan", UriKind.Relative), cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return latencies;
    }

    private static async Task FloodAsync(
        HttpClient client, string query, int timeoutSeconds, Dictionary<HttpStatusCode, int> statuses, List<double> overshoots, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await client.PostAsJsonAsync(new Uri("/api/cypher", UriKind.Relative), new { query, timeoutSeconds, rowLimit = 10 }, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (response)
            {
                lock (statuses)
                {
                    statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                    if (response.StatusCode == HttpStatusCode.GatewayTimeout)
                    {
                        // The query's own time: the queue wait before it started is not part of its limit.
                        overshoots.Add((clock.Elapsed.TotalSeconds - timeoutSeconds) / timeoutSeconds);
                    }
                }

                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    try
                    {
                        await Task.Delay(wait, stop);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
