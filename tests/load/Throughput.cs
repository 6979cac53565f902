using System.Diagnostics;
using System.Text;

namespace OicGraph.Load;

/// <summary>
/// Closed-loop load: <c>connections</c> workers each send the next request as soon as the last answer is read to the end.
/// Every endpoint is reported as a ratio of <c>/health/live</c> (the framework's floor) measured in the same run, a second
/// of it before each second of the endpoint, because the absolute numbers on a shared 2-core box mean little.
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

    /// <param name="only">When given, only the endpoints whose name contains one of its comma-separated parts (to profile one endpoint's server).</param>
    public static async Task RunAsync(ApiServer server, HttpClient client, TimeSpan duration, int connections, string? only = null)
    {
        var endpoints = Endpoints.Where(e => only is null || only.Split(',').Any(o => e.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray();
        Console.WriteLine($"closed loop, {connections} connections, {duration.TotalSeconds:0.#} s per endpoint; load average {LoadAverage()}");
        // Twice round: tier-1 code replaces tier-0 in the background, after a method's calls are counted, so an endpoint
        // warmed just before its measurement can still run slow code when the box is loaded (an entity page measured at
        // half its rate when the endpoints warmed after it were fast to warm, and the JIT had had little time).
        for (var round = 0; round < 2; round++)
        {
            foreach (var (_, request) in endpoints.Prepend(("floor", () => Get("/health/live"))))
            {
                await WarmUpAsync(server, client, request, connections);
            }
        }

        var floors = new List<Result>();
        var results = new List<(string Name, Paired Paired)>();
        foreach (var (name, request) in endpoints)
        {
            if (only is not null)
            {
                // A profiler attached from outside starts on this line (the server's pid is in the line before it).
                Console.Error.WriteLine($"measuring {name}, server pid {server.ProcessId}");
            }

            var paired = await MeasurePairedAsync(server, client, request, duration, connections);
            floors.AddRange(paired.Floors);
            results.Add((name, paired));
        }

        // The rate ratio moves with whatever else the 2 cores run; CPU per answer, the server's and this runner's own
        // (both on the same cores), moves far less, so both are printed: a ratio that falls while the CPU per answer does
        // not is the box or the runner, not the endpoint. "× floor CPU" is the floor's CPU per answer (server + runner)
        // over the endpoint's: what the rate ratio would be on two cores given to this run alone.
        Console.WriteLine($"{"endpoint",-16} {"rps",9} {"× floor",8} {"spread",13} {"p50 ms",8} {"p99 ms",8} {"bytes",9} {"errors",6} {"server µs",10} {"runner µs",10} {"× floor CPU",11}");
        var floor = Median(floors.Select(f => f.Rps));
        var floorServer = Median(floors.Select(f => f.ServerCpuMs));
        var floorClient = Median(floors.Select(f => f.ClientCpuMs));
        Console.WriteLine($"{"/health/live",-16} {floor,9:0} {1.0,8:0.000} {$"{floors.Min(f => f.Rps):0}-{floors.Max(f => f.Rps):0}",13} {"",8} {"",8} {"",9} {floors.Sum(f => f.Errors),6} {floorServer * 1000,10:0} {floorClient * 1000,10:0} {1.0,11:0.000}");
        foreach (var (name, paired) in results)
        {
            var rounds = paired.Rounds;
            var ratios = rounds.Zip(paired.Floors, (r, f) => r.Rps / f.Rps).ToList();
            var all = rounds.SelectMany(r => r.Latencies).Order().ToList();
            var serverMs = Median(rounds.Select(r => r.ServerCpuMs));
            var runnerMs = Median(rounds.Select(r => r.ClientCpuMs));
            Console.WriteLine($"{name,-16} {Median(rounds.Select(r => r.Rps)),9:0} {Median(ratios),8:0.000} {$"{ratios.Min():0.000}-{ratios.Max():0.000}",13} {Percentile(all, 0.5),8:0.00} {Percentile(all, 0.99),8:0.00} {rounds[^1].Bytes,9} {rounds.Sum(r => r.Errors),6} {serverMs * 1000,10:0} {runnerMs * 1000,10:0} {(floorServer + floorClient) / (serverMs + runnerMs),11:0.000}");
        }

        Console.WriteLine($"load average {LoadAverage()}");
    }

    /// <summary>
    /// Until the endpoint has answered <see cref="WarmAnswers"/> times (at most 15 s): tiered JIT recompiles a method
    /// after ~30 calls and in the background, so a slow endpoint's first second (40 answers at 40 rps) still runs tier-0
    /// and instrumented code, which a profile showed as a quarter of the server's samples in the JIT itself.
    /// </summary>
    private static async Task WarmUpAsync(ApiServer server, HttpClient client, Func<HttpRequestMessage> request, int connections)
    {
        var answers = 0;
        var clock = Stopwatch.StartNew();
        while (answers < WarmAnswers && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            answers += (await MeasureAsync(server, client, request, TimeSpan.FromSeconds(1), connections)).Answers;
        }
    }

    private const int WarmAnswers = 500;

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    /// <summary>
    /// The endpoint in rounds of one second, each right after a second of the floor: the load on a shared box drifts
    /// within seconds (a floor measured once before and once after all endpoints differed by 2x), so each round's
    /// ratio is taken to the floor measured next to it and the median round is reported, with the spread of rounds.
    /// </summary>
    private static async Task<Paired> MeasurePairedAsync(ApiServer server, HttpClient client, Func<HttpRequestMessage> request, TimeSpan duration, int connections)
    {
        var floors = new List<Result>();
        var rounds = new List<Result>();
        for (var i = 0; i < Math.Max(1, (int)Math.Round(duration.TotalSeconds)); i++)
        {
            floors.Add(await MeasureAsync(server, client, () => Get("/health/live"), Round, connections));
            rounds.Add(await MeasureAsync(server, client, request, Round, connections));
        }

        return new Paired(floors, rounds);
    }

    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<Result> MeasureAsync(ApiServer server, HttpClient client, Func<HttpRequestMessage> request, TimeSpan duration, int connections)
    {
        var serverCpu = server.CpuSeconds();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
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
        var serverCpuSeconds = server.CpuSeconds() - serverCpu;
        var clientCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        // Only answered requests count: a 429 or 503 is fast and would flatter the rate.
        var answered = all.Count - errors.Sum();
        return new Result(answered / elapsed, all, Interlocked.Read(ref bytes), errors.Sum(), all.Count,
            serverCpuSeconds * 1000 / Math.Max(1, all.Count), clientCpuSeconds * 1000 / Math.Max(1, all.Count));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

    /// <param name="ServerCpuMs">The server process's CPU (user + system) per answer, in ms.</param>
    /// <param name="ClientCpuMs">This runner's CPU per answer, in ms: it shares the server's cores.</param>
    /// <param name="Latencies">Every answer's latency in ms, sorted.</param>
    private sealed record Result(double Rps, List<double> Latencies, long Bytes, int Errors, int Answers, double ServerCpuMs, double ClientCpuMs);

    /// <summary>An endpoint's rounds and the floor measured before each of them (same index).</summary>
    private sealed record Paired(List<Result> Floors, List<Result> Rounds);
}
