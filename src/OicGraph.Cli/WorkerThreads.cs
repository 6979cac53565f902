namespace OicGraph.Cli;

/// <summary>
/// A fixed number of threads of its own that run CPU-bound work items in the order they are posted. Extraction on the
/// thread pool let the pool inject threads beyond the cores (up to 9 on 2 cores), which then spun waiting for work and
/// queued on the shared caches' locks; a thread per core runs the same items with neither.
/// </summary>
internal sealed class WorkerThreads<TIn, TOut>
{
    private readonly Queue<(TIn Item, TaskCompletionSource<TOut> Done)> _queue = new();
    private readonly Func<TIn, CancellationToken, TOut> _work;
    private readonly CancellationToken _cancellationToken;
    private bool _completed;

    public WorkerThreads(int count, Func<TIn, CancellationToken, TOut> work, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _work = work;
        _cancellationToken = cancellationToken;
        for (var i = 0; i < count; i++)
        {
            // Background threads: an idle worker never holds the process open, whatever way the command ends.
            new Thread(Run) { IsBackground = true, Name = $"worker {i + 1}" }.Start();
        }
    }

    /// <summary>Queues <paramref name="item"/>; the task ends with its result, its exception, or cancelled.</summary>
    public Task<TOut> Post(TIn item)
    {
        // The continuation (the consumer's next step) runs on the worker that finished the item, with no hop to the pool.
        var done = new TaskCompletionSource<TOut>();
        lock (_queue)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            _queue.Enqueue((item, done));
            Monitor.Pulse(_queue);
        }

        return done.Task;
    }

    /// <summary>No more items: each thread ends once the queue is empty.</summary>
    public void Complete()
    {
        lock (_queue)
        {
            _completed = true;
            Monitor.PulseAll(_queue);
        }
    }

    private void Run()
    {
        while (Next() is var (item, done) && done is not null)
        {
            if (_cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(_cancellationToken);
                continue;
            }

            try
            {
                done.TrySetResult(_work(item, _cancellationToken));
            }
            catch (OperationCanceledException e) when (e.CancellationToken == _cancellationToken)
            {
                done.TrySetCanceled(_cancellationToken);
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        }
    }

    private (TIn Item, TaskCompletionSource<TOut>? Done) Next()
    {
        lock (_queue)
        {
            while (_queue.Count == 0 && !_completed)
            {
                Monitor.Wait(_queue);
            }

            return _queue.TryDequeue(out var next) ? next : default;
        }
    }
}
