using System.Globalization;
using System.Net;
using OicGraph.Load;

// dotnet run -c Release --project tests/load -- throughput [--seconds 5] [--connections 16] [--port 5141] [--no-cache] [--only NAME]
//   (--no-cache: the server's answer cache off, Api:ResponseCache:MaxBytes=0, so every request does the work)
// dotnet run -c Release --project tests/load -- ingest [--documents 5000] [--batch 100] [--port 5142]   (--batch 1: one POST per document)
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "throughput";
int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, "--" + name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

var connections = Option("connections", 16);
var cache = !args.Contains("--no-cache");
await using var server = await ApiServer.StartAsync(Option("port", mode == "ingest" ? 5142 : 5141), seed: true, cache);
Console.WriteLine($"answer cache {(cache ? "on (default)" : "off (--no-cache)")}");
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = DecompressionMethods.None })
{
    BaseAddress = server.Address,
    Timeout = TimeSpan.FromMinutes(2),
};
client.DefaultRequestHeaders.Add("X-Api-Key", ApiServer.ApiKey);
await server.WaitUntilReadyAsync(client);
switch (mode)
{
    case "throughput":
        var onlyAt = Array.IndexOf(args, "--only");
        var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : null;
        await Throughput.RunAsync(server, client, TimeSpan.FromSeconds(Option("seconds", 5)), connections, only);
        break;
    case "ingest":
        await Ingestion.RunAsync(server, client, Option("documents", 5000), Option("batch", 100));
        break;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use throughput or ingest.");
        return 2;
}

return 0;
