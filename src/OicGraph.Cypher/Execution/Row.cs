using System.Collections;
using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// One row's bindings as slots: an array indexed by the statement's <see cref="SlotLayout"/>, so binding, reading and
/// copying a row cost an array store, an array read and an array copy instead of dictionary work. An empty slot is
/// unbound; a bound null is kept as <see cref="BoundNull"/>. A name the layout lacks is kept aside by name.
/// </summary>
internal sealed class Row : IEnumerable<KeyValuePair<string, object?>>
{
    private static readonly object BoundNull = new();

    private readonly object?[] _slots;
    private Dictionary<string, object?>? _unplanned;

    public Row(SlotLayout layout)
    {
        Layout = layout;
        _slots = layout.Count == 0 ? [] : new object?[layout.Count];
    }

    public Row(Row other)
    {
        Layout = other.Layout;
        _slots = other._slots.Length == 0 ? [] : (object?[])other._slots.Clone();
        _unplanned = other._unplanned is null ? null : new(other._unplanned, StringComparer.Ordinal);
    }

    public SlotLayout Layout { get; }

    /// <summary>Makes this row a copy of <paramref name="template"/> (of the same layout) again, or empty for null.</summary>
    public void ResetTo(Row? template)
    {
        if (template is null)
        {
            Array.Clear(_slots);
            _unplanned = null;
            return;
        }

        if (!ReferenceEquals(template.Layout, Layout))
        {
            throw new InvalidOperationException("A row is reset only to a row of its own layout.");
        }

        Array.Copy(template._slots, _slots, _slots.Length);
        _unplanned = template._unplanned is null ? null : new(template._unplanned, StringComparer.Ordinal);
    }

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public object? this[string name]
    {
        get => TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The row does not bind `{name}`.");
        set
        {
            var slot = Layout.IndexOf(name);
            if (slot >= 0)
            {
                Set(slot, value);
            }
            else
            {
                (_unplanned ??= new(StringComparer.Ordinal))[name] = value;
            }
        }
    }

    public bool TryGet(int slot, out object? value)
    {
        var stored = _slots[slot];
        value = ReferenceEquals(stored, BoundNull) ? null : stored;
        return stored is not null;
    }

    public void Set(int slot, object? value) => _slots[slot] = value ?? BoundNull;

    public void Unset(int slot) => _slots[slot] = null;

    /// <summary>Reads a planned name by its slot, an unplanned one (slot -1) by name.</summary>
    public bool TryGetValue(int slot, string name, out object? value) =>
        slot >= 0 ? TryGet(slot, out value) : TryGetValue(name, out value);

    public void Set(int slot, string name, object? value)
    {
        if (slot >= 0)
        {
            Set(slot, value);
        }
        else
        {
            this[name] = value;
        }
    }

    public void Unset(int slot, string name)
    {
        if (slot >= 0)
        {
            Unset(slot);
        }
        else
        {
            Remove(name);
        }
    }

    public bool TryGetValue(Variable variable, out object? value) =>
        variable.Slot >= 0 ? TryGet(variable.Slot, out value) : TryGetValue(variable.Name, out value);

    public bool TryGetValue(string name, out object? value)
    {
        var slot = Layout.IndexOf(name);
        if (slot >= 0)
        {
            return TryGet(slot, out value);
        }

        value = null;
        return _unplanned is not null && _unplanned.TryGetValue(name, out value);
    }

    public bool ContainsKey(string name) => TryGetValue(name, out _);

    public bool TryAdd(string name, object? value)
    {
        if (ContainsKey(name))
        {
            return false;
        }

        this[name] = value;
        return true;
    }

    public bool Remove(string name)
    {
        var slot = Layout.IndexOf(name);
        if (slot < 0)
        {
            return _unplanned is not null && _unplanned.Remove(name);
        }

        var bound = _slots[slot] is not null;
        _slots[slot] = null;
        return bound;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var slot = 0; slot < _slots.Length; slot++)
        {
            if (TryGet(slot, out var value))
            {
                yield return new(Layout.NameOf(slot), value);
            }
        }

        foreach (var pair in _unplanned ?? [])
        {
            yield return pair;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
