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

    public TValue GetOrAdd(string key, Func<string, TValue> compute)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = compute(key);
        Add(key, value);
        return value;
    }

    public bool TryGet(string key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> unless the cache is full; ConcurrentDictionary.Count takes every lock, so additions are counted here.</summary>
    public void Add(string key, TValue value)
    {
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
