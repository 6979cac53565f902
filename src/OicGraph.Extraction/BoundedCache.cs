using System.Collections.Concurrent;
using OicGraph.Text;

namespace OicGraph.Extraction;

/// <summary>
/// Results of a pure function of a name, shared by the extraction threads, that stop being added at
/// <paramref name="capacity"/> entries: news repeats its names across documents, but a long-running service reading
/// unbounded text must not keep every name it has seen. Past the cap the function is simply called.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _values = WordCaches.Create<TValue>();
    private int _count;

    /// <summary>
    /// The kept value of <paramref name="key"/>, else <paramref name="compute"/>'s, kept unless the cache is full; when
    /// another thread kept one first, that one is returned, so callers holding on to a value share it.
    /// </summary>
    public TValue GetOrAdd(string key, Func<string, TValue> compute)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);

        // ConcurrentDictionary.Count takes every bucket lock, so additions are counted here.
        if (Volatile.Read(ref _count) < capacity)
        {
            if (_values.TryAdd(key, value))
            {
                Interlocked.Increment(ref _count);
            }
            else if (_values.TryGetValue(key, out var kept))
            {
                value = kept;
            }
        }

        return value;
    }
}
