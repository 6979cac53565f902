using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace OicGraph.Benchmarks;

/// <summary>
/// The whole-process figure of #13: <c>oicgraph extract --jsonl</c> over the KazNERD-Arab development set as a user runs
/// it, start-up, model load and cold code included. Each run is a new process; its wall time, CPU time (user + system,
/// which other processes' load inflates far less than wall time) and the text's MB per wall second are printed, then the
/// medians. Several CLI builds given on one command line are run interleaved (A B A B ...), so a change in the machine's
/// load hits them alike.
/// Run: dotnet tests/OicGraph.Benchmarks/bin/Release/net10.0/OicGraph.Benchmarks.dll extract-process [RUNS] [CLI.dll ...]
/// (default: 5 runs of src/OicGraph.Cli's Release build of this repository).
/// </summary>
internal static class ExtractProcessRuns
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 1 && int.TryParse(args[1], out var n) && n > 0 ? n : 5;
        var clis = args.Skip(2).Select(Path.GetFullPath).ToList();
        if (clis.Count == 0)
        {
            clis.Add(Path.Combine(ExtractionBenchmarks.RepositoryRoot(), "src", "OicGraph.Cli", "bin", "Release", "net10.0", "OicGraph.Cli.dll"));
        }

        if (clis.FirstOrDefault(c => !File.Exists(c)) is { } missing)
        {
            Console.Error.WriteLine($"no CLI build at {missing} (dotnet build -c Release src/OicGraph.Cli)");
            return 1;
        }

        var dev = ExtractionBenchmarks.DevelopmentSetFile();
        if (dev is null)
        {
            Console.Error.WriteLine("the development set (../shared/data/kaznerd-arab/valid.jsonl) is not there");
            return 1;
        }

        var bytes = ExtractionBenchmarks.DevelopmentSet(out _).Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"extract --jsonl {dev}: {bytes:N0} UTF-8 bytes of text, {runs} runs per CLI, interleaved; load average {LoadAverage()}");
        var results = clis.Select(_ => new List<(double Wall, double Cpu)>()).ToList();
        for (var run = 0; run < runs; run++)
        {
            for (var c = 0; c < clis.Count; c++)
            {
                var (wall, cpu) = Once(clis[c], dev);
                results[c].Add((wall, cpu));
                Console.WriteLine($"  {Label(c)} run {run + 1}: {wall:F2} s wall, {cpu:F2} s CPU, {bytes / 1e6 / wall:F2} MB/s");
            }
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        for (var c = 0; c < clis.Count; c++)
        {
            var wall = Median(results[c].Select(r => r.Wall));
            var cpu = Median(results[c].Select(r => r.Cpu));
            Console.WriteLine($"{Label(c)} {clis[c]}: median {wall:F2} s wall, {cpu:F2} s CPU, {bytes / 1e6 / wall:F2} MB/s");
        }

        return 0;
    }

    private static (double Wall, double Cpu) Once(string cli, string dev)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "extract", "--jsonl", dev })
        {
            start.ArgumentList.Add(arg);
        }

        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // The output is read (and dropped) as the CLI writes it, as a pipe to another tool would.
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        output.Wait();
        var wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"extract exited {process.ExitCode}: {error.Result}");
        }

        return (wall, ChildrenCpuSeconds() - cpuBefore);
    }

    /// <summary>getrusage(RUSAGE_CHILDREN): user + system time of every child process that has been waited for.</summary>
    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the process runs read getrusage(RUSAGE_CHILDREN) (Linux).");
        }

        _ = GetResourceUsage(RusageChildren, out var usage);
        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;

        // The rest of struct rusage (14 longs), which these runs do not read.
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    private static string Label(int c) => ((char)('A' + c)).ToString();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
