using System.Runtime.InteropServices;

namespace OicGraph.Tests.Shared;

/// <summary>
/// Work a thread did, measured so that a loaded machine cannot change it: bytes it allocated (exact) and the processor
/// time it was given (the kernel's per-thread clock, which does not run while the thread waits for a core). Tests that
/// guard complexity or promptness compare these instead of wall-clock time, which on a busy 2-core runner mostly
/// measures the other processes.
/// </summary>
internal static class ThreadWork
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    public static bool Supported { get; } = OperatingSystem.IsLinux();

    /// <summary>The calling thread's processor time so far; zero where the thread clock is not available (not Linux).</summary>
    public static TimeSpan CpuTime() => Supported ? Read(ThreadCpuClock) : TimeSpan.Zero;

    /// <summary>A reader of the calling thread's processor time that any thread may call (to read it at a moment of its own).</summary>
    public static Func<TimeSpan> CpuClockOfCurrentThread()
    {
        if (!Supported)
        {
            return () => TimeSpan.Zero;
        }

        var error = pthread_getcpuclockid(pthread_self(), out var clock);
        if (error != 0)
        {
            throw new InvalidOperationException($"pthread_getcpuclockid failed ({error})");
        }

        return () => Read(clock);
    }

    /// <summary>Bytes allocated and processor time used by <paramref name="work"/> on the calling thread.</summary>
    public static (long Allocated, TimeSpan Cpu) Measure(Action work)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = CpuTime();
        work();
        return (GC.GetAllocatedBytesForCurrentThread() - bytes, CpuTime() - cpu);
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a token cancelled after <paramref name="after"/> and reports how much processor time
    /// the working thread used between the cancellation and the moment <paramref name="work"/> returned or threw: the
    /// cost of noticing the cancellation, whatever the scheduler did to either thread.
    /// </summary>
    public static (Exception? Error, TimeSpan CpuAfterCancel, long Allocated) AfterCancellation(TimeSpan after, Action<CancellationToken> work)
    {
        var clock = CpuClockOfCurrentThread();
        var atCancel = TimeSpan.MinValue;
        using var cancellation = new CancellationTokenSource();
        using var registration = cancellation.Token.Register(() => atCancel = clock());
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        cancellation.CancelAfter(after);
        var error = Record.Exception(() => work(cancellation.Token));
        var end = clock();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        cancellation.Cancel(); // the registration has run once the token is cancelled, whether or not the timer had fired
        return (error, atCancel == TimeSpan.MinValue ? TimeSpan.Zero : end - atCancel, allocated);
    }

    private static TimeSpan Read(int clock)
    {
        if (clock_gettime(clock, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime({clock}) failed");
        }

        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out Timespec time);

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint pthread_self();

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int pthread_getcpuclockid(nint thread, out int clock);
}
