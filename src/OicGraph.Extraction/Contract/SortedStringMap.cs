using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OicGraph.Extraction.Contract;

/// <summary>
/// The names and properties of an extracted entity or relationship: a few string pairs in ordinal key order, read-only.
/// A SortedDictionary copy per entity (a tree node per pair, two per entity) was most of what writing the contract
/// allocated; the pairs are few, so an array searched by halves does the same job.
/// </summary>
internal sealed class SortedStringMap : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _pairs;

    private SortedStringMap(KeyValuePair<string, string>[] pairs) => _pairs = pairs;

    /// <summary>A copy of <paramref name="source"/>, which already enumerates in ordinal key order.</summary>
    public static SortedStringMap Of(SortedDictionary<string, string> source)
    {
        var pairs = new KeyValuePair<string, string>[source.Count];
        var i = 0;
        foreach (var pair in source)
        {
            pairs[i++] = pair;
        }

        return new SortedStringMap(pairs);
    }

    /// <summary>The pairs, their keys distinct, sorted here.</summary>
    public static SortedStringMap Sorted(List<KeyValuePair<string, string>> pairs)
    {
        pairs.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new SortedStringMap([.. pairs]);
    }

    public int Count => _pairs.Length;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no '{key}'");

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    public IEnumerable<string> Values => _pairs.Select(p => p.Value);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _pairs[at].Value : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (low, high) = (0, _pairs.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(_pairs[middle].Key, key);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }
}
