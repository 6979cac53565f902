namespace OicGraph.Cli;

/// <summary>
/// Runs CPU-bound work on many items across the cores while handing the results on in input order: extraction is the
/// cost of a corpus command and every document is independent, but output lines and stored documents keep the order of
/// the input. At most <c>window</c> items are in flight, so memory stays bounded however long the input is.
/// </summary>
internal static class OrderedWork
{
    public static int DefaultWindow => Environment.ProcessorCount * 4;

    /// <summary>Threads for CPU-bound work: one per core.</summary>
    public static int DefaultWorkers => Environment.ProcessorCount;

    /// <summary>
    /// Feeds <paramref name="items"/> through <paramref name="work"/> on <paramref name="workers"/> threads of its own and
    /// gives each result to <paramref name="consume"/> in order. When <paramref name="consume"/> returns false, nothing
    /// after that item is consumed (work already started on later items is awaited and dropped).
    /// </summary>
    public static async Task RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> items,
        Func<TIn, CancellationToken, TOut> work,
        Func<TOut, Task<bool>> consume,
        int window,
        int workers,
        CancellationToken cancellationToken)
    {
        var threads = new WorkerThreads<TIn, TOut>(workers, work, cancellationToken);
        try
        {
            await RunInOrderAsync(items, threads.Post, consume, window, cancellationToken);
        }
        finally
        {
            threads.Complete();
        }
    }

    /// <summary>As above, on the thread pool, for work that also awaits (a store look-up before the extraction it may save).</summary>
    public static Task RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> items,
        Func<TIn, CancellationToken, Task<TOut>> work,
        Func<TOut, Task<bool>> consume,
        int window,
        CancellationToken cancellationToken) =>
        RunInOrderAsync(items, item => Task.Run(() => work(item, cancellationToken), cancellationToken), consume, window, cancellationToken);

    // start begins an item's work and returns its result to come.
    private static async Task RunInOrderAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> items,
        Func<TIn, Task<TOut>> start,
        Func<TOut, Task<bool>> consume,
        int window,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var pending = new Queue<Task<TOut>>();
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                pending.Enqueue(start(item));
                if (pending.Count >= window && !await consume(await pending.Dequeue()))
                {
                    return;
                }
            }

            while (pending.Count > 0)
            {
                if (!await consume(await pending.Dequeue()))
                {
                    return;
                }
            }
        }
        finally
        {
            // Work still running on later items must not outlive the command (it would write to closed streams).
            foreach (var task in pending)
            {
                try
                {
                    await task;
                }
                catch (Exception) when (task.IsFaulted || task.IsCanceled)
                {
                    // Its item is past the point where the command stopped; its failure is not the command's answer.
                }
            }
        }
    }
}
