using System.Diagnostics;
using System.Globalization;

namespace OicGraph.Cli;

/// <summary>
/// Progress of <c>ingest</c> on standard error: on a terminal one line redrawn in place (a bar, documents, MB/s, ETA);
/// otherwise (a log, a pipe, a CI job) a plain line at most every <see cref="LineInterval"/>, so logs stay readable.
/// </summary>
internal sealed class IngestProgress(TextWriter error, bool terminal, long? totalBytes, TimeProvider clock)
{
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);

    private const int BarWidth = 24;
    private readonly long _started = clock.GetTimestamp();
    private long _lastLine = clock.GetTimestamp();
    private bool _drawn;

    public int Documents { get; private set; }

    public long Bytes { get; private set; }

    public TimeSpan Elapsed => clock.GetElapsedTime(_started);

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;

    public async Task AdvanceAsync(int documents, long bytes)
    {
        Documents += documents;
        Bytes += bytes;
        if (terminal)
        {
            await error.WriteAsync("\r" + Line());
            _drawn = true;
        }
        else if (clock.GetElapsedTime(_lastLine) >= LineInterval)
        {
            _lastLine = clock.GetTimestamp();
            await error.WriteLineAsync("oicgraph ingest: " + Line());
        }
    }

    /// <summary>Ends the redrawn line, so what follows starts on a line of its own.</summary>
    public async Task FinishAsync()
    {
        if (_drawn)
        {
            await error.WriteLineAsync();
        }
    }

    internal string Line()
    {
        var rate = MegabytesPerSecond;
        var done = string.Create(CultureInfo.InvariantCulture, $"{Documents} documents, {Bytes / 1e6:0.0} MB, {rate:0.00} MB/s");
        if (totalBytes is not > 0)
        {
            return done;
        }

        var fraction = Math.Clamp((double)Bytes / totalBytes.Value, 0, 1);
        var filled = (int)Math.Round(fraction * BarWidth);
        var eta = rate > 0 ? TimeSpan.FromSeconds((totalBytes.Value - Bytes) / 1e6 / rate) : (TimeSpan?)null;
        var bar = terminal ? "[" + new string('#', filled) + new string('.', BarWidth - filled) + "] " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{bar}{fraction * 100,3:0}% {done}, ETA {(eta is { } left ? Format(left) : "?")}");
    }

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
