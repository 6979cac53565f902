using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OicGraph.Hostile.Benchmarks.Process;

namespace OicGraph.Hostile.Benchmarks.Writes;

/// <summary>
/// Concurrent POSTs of one document id with different texts, over real HTTP to the API as a process: every trial must
/// acknowledge exactly one text (one 201, a 409 for each other text) and the stored text must be the acknowledged one.
/// An acknowledged text that is not the one stored is a lost write.
/// </summary>
public static class SameIdPosts
{
    private const string Key = "hostile-benchmark-key";

    private const string Article = "قازاقستان رەسپۋبليكاسى يسلام ىنتىماقتاستىعى ۇيىمىنا 1995 جىلى مۇشە بولدى.";

    public sealed record Report(int Trials, int Writers, int Created, int Conflicts, int Other, int TrialsWithExactlyOneText, int LostTexts);

    public static async Task<Report> RunAsync(int trials, int writers, int port, Action<string> log, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("oicgraph-same-id-").FullName;
        try
        {
            await using var api = await ApiProcess.StartAsync(directory, port, settings: new Dictionary<string, string> { ["Api__Keys__0"] = Key }, cancellationToken: cancellationToken);
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = writers * 2 }) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            await api.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(120), cancellationToken);
            int created = 0, conflicts = 0, other = 0, exact = 0, lost = 0;
            for (var trial = 0; trial < trials; trial++)
            {
                var id = $"contested-{trial}";
                var texts = Enumerable.Range(0, writers).Select(i => $"{Article} {trial * writers + i + 1}").ToList();
                using var start = new SemaphoreSlim(0);
                var posts = texts.Select(async text =>
                {
                    await start.WaitAsync(cancellationToken);
                    using var response = await client.PostAsJsonAsync(new Uri("/api/documents", UriKind.Relative), new { text, id }, cancellationToken);
                    return response.StatusCode;
                }).ToList();
                start.Release(writers);
                var statuses = await Task.WhenAll(posts);

                var acknowledged = texts.Where((_, i) => statuses[i] == HttpStatusCode.Created).ToList();
                created += acknowledged.Count;
                conflicts += statuses.Count(s => s == HttpStatusCode.Conflict);
                other += statuses.Count(s => s is not (HttpStatusCode.Created or HttpStatusCode.Conflict));
                var stored = (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/documents/{id}", UriKind.Relative), cancellationToken)).GetProperty("text").GetString() ?? string.Empty;
                lost += acknowledged.Count(t => t != stored);
                var one = acknowledged.Count == 1 && acknowledged[0] == stored && statuses.Count(s => s == HttpStatusCode.Conflict) == writers - 1;
                exact += one ? 1 : 0;
                if (!one)
                {
                    log($"trial {trial}: {string.Join(", ", statuses.Select(s => (int)s))}; stored text is {(acknowledged.Contains(stored) ? "an acknowledged one" : "NOT acknowledged")}");
                }
            }

            return new Report(trials, writers, created, conflicts, other, exact, lost);
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
}
