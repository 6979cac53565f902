using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace OicGraph.Hostile.Benchmarks.Process;

/// <summary>
/// The API as a real process (the built OicGraph.Api.dll, run with <c>dotnet</c>) on a loopback port and a data directory
/// of the caller's choosing, so a runner can kill it with SIGKILL and start it again on the same files.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _seeding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(System.Diagnostics.Process process) => _process = process;

    public Uri? BaseAddress { get; private set; }

    /// <summary>Completes when Kestrel listens; sets <see cref="BaseAddress"/>.</summary>
    public Task Listening => _listening.Task.ContinueWith(t => BaseAddress = new Uri(t.Result), TaskScheduler.Default);

    /// <summary>Completes when the process logs that it started seeding an empty store.</summary>
    public Task Seeding => _seeding.Task;

    /// <summary>Completes when the process logs that the seed is stored.</summary>
    public Task Seeded => _seeded.Task;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <param name="waitUntilListening">
    /// False to return as soon as the process runs: the host seeds before Kestrel listens, so a kill during the seed must
    /// not wait for the listening line.
    /// </param>
    public static async Task<ApiProcess> StartAsync(
        string dataDirectory, int port, bool waitUntilListening = true, IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo("dotnet", [ApiAssembly(), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(ApiAssembly())!,
        };
        info.Environment["Graph__Embedded__DataDirectory"] = dataDirectory;
        info.Environment["Api__RateLimit__Enabled"] = "false";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var api = new ApiProcess(System.Diagnostics.Process.Start(info)!);
        api._process.OutputDataReceived += (_, e) => api.Observe(e.Data);
        api._process.ErrorDataReceived += (_, e) => api.Observe(e.Data);
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        if (waitUntilListening)
        {
            api.BaseAddress = new Uri(await api._listening.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken));
        }

        return api;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an OOM kill would end it.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>Waits until /health/ready answers 200 (the seed is stored) and returns the graph's counts.</summary>
    public async Task<JsonElement> WaitUntilReadyAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await client.GetAsync(new Uri(BaseAddress!, "/health/ready"), cancellationToken);
                if (ready.IsSuccessStatusCode)
                {
                    return await client.GetFromJsonAsync<JsonElement>(new Uri(BaseAddress!, "/api/stats"), cancellationToken);
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < timeout)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested && clock.Elapsed < timeout)
            {
                // One probe outlived the client's timeout (a loaded machine, a process still starting): ask again.
            }

            if (clock.Elapsed > timeout || _process.HasExited)
            {
                throw new TimeoutException($"The API was not ready after {clock.Elapsed}; its output:\n{string.Join('\n', Output.TakeLast(30))}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        KillHard();
        _process.Dispose();
        await Task.CompletedTask;
    }

    /// <summary>The API built beside this runner's configuration (Debug or Release) in src/OicGraph.Api/bin.</summary>
    public static string ApiAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryRoot(), "src", "OicGraph.Api", "bin", configuration, "net10.0", "OicGraph.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the API first: {path} is missing.", path);
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OicGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No OicGraph.sln above " + AppContext.BaseDirectory);
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        const string Listening = "Now listening on: ";
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            _listening.TrySetResult(line[(at + Listening.Length)..].Trim());
        }

        if (line.Contains("Seeding the empty graph", StringComparison.Ordinal))
        {
            _seeding.TrySetResult();
        }

        if (line.Contains("Seeded ", StringComparison.Ordinal))
        {
            _seeded.TrySetResult();
        }
    }
}
