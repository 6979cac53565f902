using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps;

namespace OicGraph.Benchmarks;

/// <summary>
/// Where extraction spends its time, step by step, over the KazNERD-Arab development set: thread CPU time (not wall
/// time, so the figures hold on a loaded machine to about ±10%) and bytes allocated per pass, after warm-up passes; and
/// the first (cold) pass on its own, which is what a one-shot <c>extract --jsonl</c> pays.
/// Run: dotnet run -c Release --project tests/OicGraph.Benchmarks -- steps [PASSES]
/// </summary>
internal static class ExtractionStepProfile
{
    private const int WarmUpPasses = 3;

    public static int Run(string[] args)
    {
        var passes = args.Length > 1 && int.TryParse(args[1], out var n) && n > 0 ? n : 5;
        var dev = ExtractionBenchmarks.DevelopmentSet(out var source);
        var bytes = dev.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"dev set: {dev.Count} documents, {bytes:N0} UTF-8 bytes ({source}); {WarmUpPasses} warm-up passes, {passes} measured");

        var steps = ExtractionPipeline.DefaultSteps();
        var names = steps.Select(s => s.Name).Append("build-result").ToArray();
        var cpu = new double[names.Length];
        var allocated = new long[names.Length];
        var gcs = (Gen0: 0, Gen1: 0, Gen2: 0, Paused: TimeSpan.Zero);
        var cold = new double[names.Length];
        for (var pass = 0; pass < WarmUpPasses + passes; pass++)
        {
            if (pass == 1)
            {
                cpu.CopyTo(cold, 0);
            }

            if (pass == WarmUpPasses)
            {
                Array.Clear(cpu);
                Array.Clear(allocated);
                gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            }

            var passStart = ThreadCpu.Nanoseconds();
            foreach (var text in dev)
            {
                var context = new ExtractionContext(new ExtractionInput(text), ExtractionResources.Shared, CancellationToken.None);
                for (var i = 0; i <= steps.Count; i++)
                {
                    var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                    var before = ThreadCpu.Nanoseconds();
                    if (i < steps.Count)
                    {
                        steps[i].Run(context);
                    }
                    else
                    {
                        BuildResult.From(context);
                    }

                    cpu[i] += (ThreadCpu.Nanoseconds() - before) / 1e6;
                    allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                }
            }

            if (pass == 0)
            {
                Console.WriteLine($"first (cold) pass: {(ThreadCpu.Nanoseconds() - passStart) / 1e6:F0} ms thread CPU");
            }
        }

        var total = cpu.Sum() / passes;
        Console.WriteLine($"warm pass: {total:F1} ms thread CPU, {bytes / 1e6 / (total / 1000):F2} MB/s, {allocated.Sum() / passes / 1e6:F1} MB allocated");
        // The collections and pauses of the measured passes: whether the garbage collector's share of the time is worth chasing.
        double PerPass(int count) => count / (double)passes;
        Console.WriteLine(
            $"garbage collections per warm pass: {PerPass(GC.CollectionCount(0) - gcs.Gen0):F1} (gen1 {PerPass(GC.CollectionCount(1) - gcs.Gen1):F1}, " +
            $"gen2 {PerPass(GC.CollectionCount(2) - gcs.Gen2):F1}), {(GC.GetTotalPauseDuration() - gcs.Paused).TotalMilliseconds / passes:F1} ms paused");
        Console.WriteLine($"{"step",-20} {"ms",8} {"share",6} {"MB alloc",9} {"cold ms",8}");
        foreach (var i in Enumerable.Range(0, names.Length).OrderByDescending(i => cpu[i]))
        {
            Console.WriteLine($"{names[i],-20} {cpu[i] / passes,8:F1} {100 * cpu[i] / passes / total,5:F1}% {allocated[i] / passes / 1e6,9:F1} {cold[i],8:F1}");
        }

        return 0;
    }

    /// <summary>CLOCK_THREAD_CPUTIME_ID: the calling thread's CPU time, which other processes' load does not inflate.</summary>
    internal static class ThreadCpu
    {
        private const int ClockThreadCpuTime = 3;

        public static long Nanoseconds()
        {
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("the step profile reads CLOCK_THREAD_CPUTIME_ID (Linux).");
            }

            _ = ClockGetTime(ClockThreadCpuTime, out var time);
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);
    }
}
