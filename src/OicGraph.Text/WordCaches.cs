using System.Collections.Concurrent;

namespace OicGraph.Text;

/// <summary>
/// The shared per-word caches the extraction threads fill together (a word's stems, reading, labeller row...): made big
/// and finely striped at the start. With the default, two locks on two cores and a table grown from 31 buckets (each
/// growth takes every lock and copies every entry), a sampled profile of <c>extract --jsonl</c> over the dev set showed
/// 0.45 s of the workers' 5.9 s queued in Monitor.Enter under one such cache's TryAdd.
/// </summary>
public static class WordCaches
{
    // 24,000 distinct words in the 559 dev documents: room for them before the first growth.
    private const int Capacity = 1 << 15;

    // Fixed stripes, far more than cores: two threads adding words rarely want the same lock.
    private const int Stripes = 256;

    public static ConcurrentDictionary<string, TValue> Create<TValue>() => new(Stripes, Capacity, StringComparer.Ordinal);
}
