using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OicGraph.Cypher.Graph;

/// <summary>
/// A node's or relationship's properties. Most hold a handful (a mention four, a fact or an entity a dozen), so keys and
/// values sit side by side in one array searched in order: about a third of a hash table's bytes per record, which is
/// most of a large graph's memory. Past <see cref="IndexFrom"/> keys a hash index is kept too, so a huge map stays O(1).
/// Insertion order is kept; a removal closes its gap.
/// </summary>
internal sealed class PropertyMap : IReadOnlyDictionary<string, object?>
{
    private const int IndexFrom = 16;
    private object?[] _slots; // key, value, key, value, ...
    private int _count;
    private Dictionary<string, int>? _index;

    public PropertyMap(int capacity = 0) => _slots = capacity == 0 ? [] : new object?[capacity * 2];

    public int Count => _count;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return (string)_slots[2 * i]!;
            }
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _slots[(2 * i) + 1];
            }
        }
    }

    public object? this[string key]
    {
        get => IndexOf(key) is var i and >= 0 ? _slots[(2 * i) + 1] : throw new KeyNotFoundException(key);
        set
        {
            var i = IndexOf(key);
            if (i >= 0)
            {
                _slots[(2 * i) + 1] = value;
                return;
            }

            if (2 * _count == _slots.Length)
            {
                Array.Resize(ref _slots, Math.Max(8, _slots.Length * 2));
            }

            _slots[2 * _count] = key;
            _slots[(2 * _count) + 1] = value;
            _count++;
            if (_index is not null)
            {
                _index[key] = _count - 1;
            }
            else if (_count > IndexFrom)
            {
                Reindex();
            }
        }
    }

    /// <summary>Room for <paramref name="count"/> properties, so a record built from a known map allocates once.</summary>
    public void EnsureCapacity(int count)
    {
        if (2 * count > _slots.Length)
        {
            Array.Resize(ref _slots, 2 * count);
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _slots[(2 * i) + 1] : null;
        return i >= 0;
    }

    public object? GetValueOrDefault(string key) => IndexOf(key) is var i and >= 0 ? _slots[(2 * i) + 1] : null;

    public bool Remove(string key)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            return false;
        }

        Array.Copy(_slots, (2 * i) + 2, _slots, 2 * i, 2 * (_count - i - 1));
        _count--;
        _slots[2 * _count] = null;
        _slots[(2 * _count) + 1] = null;
        if (_index is not null)
        {
            Reindex();
        }

        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>((string)_slots[2 * i]!, _slots[(2 * i) + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var at) ? at : -1;
        }

        for (var i = 0; i < _count; i++)
        {
            if (string.Equals((string)_slots[2 * i]!, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Reindex()
    {
        if (_count <= IndexFrom)
        {
            _index = null;
            return;
        }

        _index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++)
        {
            _index[(string)_slots[2 * i]!] = i;
        }
    }
}
