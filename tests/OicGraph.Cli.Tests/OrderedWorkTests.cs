namespace OicGraph.Cli.Tests;

public sealed class OrderedWorkTests
{
    [Fact]
    public async Task Items_run_at_the_same_time_yet_are_consumed_in_input_order()
    {
        var running = 0;
        var mostAtOnce = 0;
        var consumed = new List<int>();
        using var bothStarted = new Barrier(2);

        // Items 0 and 1 each wait for the other to start: they can only finish if two run at once.
        var work = OrderedWork.RunAsync(
            Numbers(20),
            (n, ct) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostAtOnce, now);
                if (n < 2)
                {
                    Assert.True(bothStarted.SignalAndWait(TimeSpan.FromSeconds(30), ct), "items 0 and 1 did not run at the same time");
                }

                Thread.Sleep((20 - n) % 5);
                Interlocked.Decrement(ref running);
                return n;
            },
            n =>
            {
                consumed.Add(n);
                return Task.FromResult(true);
            },
            window: 4,
            CancellationToken.None);
        await work;

        Assert.Equal(Enumerable.Range(0, 20), consumed);
        Assert.InRange(mostAtOnce, 2, 4);
    }

    [Fact]
    public async Task Nothing_after_the_item_the_consumer_refuses_is_consumed()
    {
        var consumed = new List<int>();

        await OrderedWork.RunAsync(Numbers(50), (n, _) => n, n =>
        {
            consumed.Add(n);
            return Task.FromResult(n < 7);
        }, window: 8, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 8), consumed);
    }

    private static async IAsyncEnumerable<int> Numbers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
        {
            seen = actual;
        }
    }
}
