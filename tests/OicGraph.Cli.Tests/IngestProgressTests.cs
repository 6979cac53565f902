namespace OicGraph.Cli.Tests;

public sealed class IngestProgressTests
{
    [Fact]
    public async Task Off_a_terminal_a_plain_line_is_written_at_most_every_interval()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = new IngestProgress(error, terminal: false, totalBytes: 4_000_000, clock);

        await progress.AdvanceAsync(10, 1_000_000);
        clock.Advance(TimeSpan.FromSeconds(1));
        await progress.AdvanceAsync(10, 1_000_000);
        var beforeInterval = error.ToString();
        clock.Advance(IngestProgress.LineInterval);
        await progress.AdvanceAsync(10, 1_000_000);

        Assert.Equal("", beforeInterval);
        // 3 MB in 3 s: 1 MB/s, so the last 1 MB takes a second more.
        Assert.Equal("oicgraph ingest:  75% 30 documents, 3.0 MB, 1.00 MB/s, ETA 0:01" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public async Task On_a_terminal_one_line_is_redrawn_in_place_with_a_bar_and_ended_once()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = new IngestProgress(error, terminal: true, totalBytes: 2_000_000, clock);

        clock.Advance(TimeSpan.FromSeconds(2));
        await progress.AdvanceAsync(5, 1_000_000);
        await progress.FinishAsync();

        Assert.Equal("\r[############............]  50% 5 documents, 1.0 MB, 0.50 MB/s, ETA 0:02" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public async Task Without_a_known_size_there_is_no_bar_and_no_eta()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = new IngestProgress(error, terminal: true, totalBytes: null, clock);

        clock.Advance(TimeSpan.FromSeconds(1));
        await progress.AdvanceAsync(3, 500_000);

        Assert.Equal("\r3 documents, 0.5 MB, 0.50 MB/s", error.ToString());
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
