using System.Diagnostics;

namespace OicGraph.Load;

/// <summary>
/// The API as its own process (the built OicGraph.Api.dll, same configuration as this runner) on a loopback port with a
/// fresh data directory, so its RSS can be read from /proc and its CPU is not shared with the client's runtime.
/// </summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly int _port;
    private readonly bool _seed;
    private readonly bool _cache;
    private readonly List<string> _tail = [];
    private Process _process = null!;
    private TaskCompletionSource _listening = null!;

    private ApiServer(int port, bool seed, bool cache, string dataDirectory)
    {
        _port = port;
        _seed = seed;
        _cache = cache;
        Address = new Uri($"http://127.0.0.1:{port}");
        DataDirectory = dataDirectory;
    }

    public const string ApiKey = "load-runner-key";

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public string DataDirectory { get; }

    public static async Task<ApiServer> StartAsync(int port, bool seed, bool cache)
    {
        var server = new ApiServer(port, seed, cache, Directory.CreateTempSubdirectory("oicgraph-load-").FullName);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>
    /// Stops the server as an operator would (SIGTERM, then waits for it to exit) and starts it again on the same data
    /// directory; returns how long the new process took from its start to answering /health/ready.
    /// </summary>
    public async Task<TimeSpan> RestartAsync(HttpClient client)
    {
        using (var stop = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await stop.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        _process.Dispose();
        var clock = Stopwatch.StartNew();
        await StartProcessAsync();
        await WaitUntilReadyAsync(client);
        return clock.Elapsed;
    }

    private async Task StartProcessAsync()
    {
        var dll = ApiAssembly();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{_port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Graph__Embedded__DataDirectory"] = DataDirectory;
        info.Environment["Graph__Seed__Enabled"] = _seed ? "true" : "false";
        info.Environment["Api__RateLimit__Enabled"] = "false";
        if (!_cache)
        {
            info.Environment["Api__ResponseCache__MaxBytes"] = "0";
        }

        // The Cypher admission queue (default 8) would answer 429 to most of the runner's connections; they wait instead.
        info.Environment["Api__Cypher__QueueLimit"] = "256";
        info.Environment["Api__Keys__0"] = ApiKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        _listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Observe(e.Data);
        _process.ErrorDataReceived += (_, e) => Observe(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await _listening.Task.WaitAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>Resident set size of the server process, from /proc (Linux), in MiB.</summary>
    public double RssMiB()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
            }
        }

        return double.NaN;
    }

    /// <summary>
    /// CPU seconds (user + system) the server process has used, from /proc (Linux): on a box shared with other work this
    /// moves far less with the load than wall-clock rates do.
    /// </summary>
    public double CpuSeconds()
    {
        // Fields after the command's closing parenthesis: state is field 3, utime and stime are fields 14 and 15.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / ticksPerSecond;
    }

    public async Task WaitUntilReadyAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var ready = await client.GetAsync(new Uri(Address, "/health/ready"));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The API did not become ready; its last lines:\n" + string.Join('\n', _tail));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
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

    private static string ApiAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryRoot(), "src", "OicGraph.Api", "bin", configuration, "net10.0", "OicGraph.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the API first: {path} is missing.", path);
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Add(line);
            if (_tail.Count > 30)
            {
                _tail.RemoveAt(0);
            }
        }

        if (line.Contains("Now listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }
}
