using System.Collections;
using System.Globalization;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// The list range() returns, computed on demand: UNWIND and comprehensions read it element by element without the
/// whole list ever being allocated. Its size is still capped like any other list's.
/// </summary>
internal sealed class RangeList : IReadOnlyList<object?>
{
    private readonly long _start;
    private readonly long _step;

    public RangeList(long start, long end, long step)
    {
        _start = start;
        _step = step;

        // Int128 so range(-2^63, 2^63 - 1) cannot overflow while counting.
        var distance = (Int128)end - start;
        var count = distance != 0 && Int128.Sign(distance) != Math.Sign(step) ? 0 : (distance / step) + 1;
        ListLimits.EnsureListSize(count > long.MaxValue ? long.MaxValue : (long)count, "range()");
        Count = (int)count;
    }

    public int Count { get; }

    public object? this[int index] => (uint)index < (uint)Count
        ? _start + (index * _step)
        : throw new ArgumentOutOfRangeException(nameof(index), index.ToString(CultureInfo.InvariantCulture));

    public IEnumerator<object?> GetEnumerator()
    {
        var value = _start;
        for (var i = 0; i < Count; i++, value += _step)
        {
            yield return value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
