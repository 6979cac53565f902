namespace OicGraph.Cli.Tests;

public sealed class OrderedWorkTests
{
    [Fact]
    public async Task Items_run_on_as_many_threads_of_its_own_as_asked_yet_are_consumed_in_input_order()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var running = 0;
        var mostAtOnce = 0;
        var consumed = new List<int>();
        using var bothStarted = new Barrier(2);

        // Items 0 and 1 each wait for the other to start: they can only finish if two run at once.
        var work = OrderedWork.RunAsync(
            Numbers(20),
            (n, ct) =>
            {
                threads[Environment.CurrentManagedThreadId] = Thread.CurrentThread.IsThreadPoolThread;
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
            workers: 2,
            CancellationToken.None);
        await work;

        Assert.Equal(Enumerable.Range(0, 20), consumed);
        // Four items are in flight at a time, but only the two workers run them, and neither is a thread-pool thread.
        Assert.Equal(2, mostAtOnce);
        Assert.Equal(2, threads.Count);
        Assert.DoesNotContain(true, threads.Values);
    }

    [Fact]
    public async Task A_failing_item_fails_the_run_once_the_items_before_it_are_consumed()
    {
        var consumed = new List<int>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => OrderedWork.RunAsync(
            Numbers(30),
            (n, _) => n == 12 ? throw new InvalidOperationException("item 12") : n,
            n =>
            {
                consumed.Add(n);
                return Task.FromResult(true);
            },
            window: 4,
            workers: 2,
            CancellationToken.None));

        Assert.Equal("item 12", failure.Message);
        Assert.Equal(Enumerable.Range(0, 12), consumed);
    }

    [Fact]
    public async Task Nothing_after_the_item_the_consumer_refuses_is_consumed()
    {
        var consumed = new List<int>();

        await OrderedWork.RunAsync(Numbers(50), (n, _) => n, n =>
        {
            consumed.Add(n);
            return Task.FromResult(n < 7);
        }, window: 8, workers: 2, CancellationToken.None);

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
