namespace OicGraph.Cypher.Execution;

/// <summary>
/// An aggregation's groups in the order they were first seen. A key of one value (grouping by one column, the usual
/// case) is looked up by the value itself, without hashing an array around it; a longer key by its array. Keys are
/// compared by Cypher's grouping equivalence (null equals null, 1 equals 1.0).
/// </summary>
internal sealed class GroupTable(int keyWidth)
{
    private readonly Dictionary<object, int>? _byValue = keyWidth == 1 ? new(Values.EquivalenceComparer.Instance) : null;
    private readonly Dictionary<object?[], int>? _byKey = keyWidth > 1 ? new(Values.RowKeyComparer.Instance) : null;
    private int _nullGroup = -1;

    public List<Group> Groups { get; } = [];

    /// <summary>The group a key (evaluated into a scratch array the table does not keep) belongs to, or null.</summary>
    public Group? Find(object?[] key)
    {
        int index;
        if (_byValue is not null)
        {
            index = key[0] is { } value ? _byValue.GetValueOrDefault(value, -1) : _nullGroup;
        }
        else if (_byKey is not null)
        {
            index = _byKey.GetValueOrDefault(key, -1);
        }
        else
        {
            index = Groups.Count - 1;
        }

        return index >= 0 ? Groups[index] : null;
    }

    /// <summary>Starts the group of a key not found: keeps a copy of the key and the group's first row.</summary>
    public Group Add(object?[] key, Row first, Aggregation.Accumulator[] accumulators)
    {
        var group = new Group((object?[])key.Clone(), first, accumulators);
        var index = Groups.Count;
        Groups.Add(group);
        if (_byValue is not null)
        {
            if (key[0] is { } value)
            {
                _byValue[value] = index;
            }
            else
            {
                _nullGroup = index;
            }
        }
        else
        {
            _byKey?.Add(group.Key, index);
        }

        return group;
    }

    internal sealed record Group(object?[] Key, Row First, Aggregation.Accumulator[] Accumulators);
}
