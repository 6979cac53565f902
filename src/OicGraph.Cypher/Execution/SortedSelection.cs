using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// ORDER BY's order over rows' sort keys. Ties keep the input order (as a stable sort would), so the first k rows are
/// the same whether all n are sorted or only the k smallest are picked; with SKIP/LIMIT only skip + limit rows are
/// needed, and a bounded heap finds them in about n log k comparisons instead of the n log n of a full sort.
/// </summary>
internal sealed class SortedSelection : IComparer<int>
{
    private readonly object?[][] _keys;
    private readonly bool[] _descending;

    // A key column whose every value is an integer (or every value a string) is also kept unboxed in one array, compared
    // as Values.Order compares two integers (two strings): no type tests and no hop through each row's key array and each
    // boxed value per comparison, which for a full sort of 100k rows is most of its time.
    private readonly long[]?[] _integers;
    private readonly string[]?[] _strings;
    private readonly QueryContext _context;
    private int _comparisons;

    public SortedSelection(IReadOnlyList<SortItem> items, object?[][] keys, QueryContext context)
    {
        _keys = keys;
        _context = context;
        _descending = new bool[items.Count];
        _integers = new long[]?[items.Count];
        _strings = new string[]?[items.Count];
        for (var i = 0; i < _descending.Length; i++)
        {
            _descending[i] = items[i].Descending;
            (_integers[i], _strings[i]) = TypedColumn(keys, i);
        }
    }

    private static (long[]? Integers, string[]? Strings) TypedColumn(object?[][] keys, int column) =>
        keys.Length == 0 ? (null, null) : keys[0][column] switch
        {
            long => (ColumnOf<long>(keys, column), null),
            string => (null, ColumnOf<string>(keys, column)),
            _ => (null, null),
        };

    // The column's keys when every row's is a T, else null (a mixed column is compared boxed).
    private static T[]? ColumnOf<T>(object?[][] keys, int column)
    {
        var values = new T[keys.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            if (keys[r][column] is not T value)
            {
                return null;
            }

            values[r] = value;
        }

        return values;
    }

    /// <summary>The indices of the first <paramref name="keep"/> rows in order (all of them when there are fewer).</summary>
    public int[] First(int keep)
    {
        var count = _keys.Length;
        if (keep >= count)
        {
            var all = new int[count];
            for (var i = 0; i < count; i++)
            {
                all[i] = i;
            }

            Array.Sort(all, this);
            return all;
        }

        // A max-heap of the keep smallest so far: a row at least as large as the largest kept is dropped at once.
        var heap = new PriorityQueue<int, int>(keep, Comparer<int>.Create((a, b) => Compare(b, a)));
        for (var i = 0; i < count && keep > 0; i++)
        {
            if (heap.Count < keep)
            {
                heap.Enqueue(i, i);
            }
            else
            {
                heap.EnqueueDequeue(i, i);
            }
        }

        var kept = new int[heap.Count];
        for (var i = kept.Length - 1; i >= 0; i--)
        {
            kept[i] = heap.Dequeue();
        }

        return kept;
    }

    public int Compare(int x, int y)
    {
        // n log n comparisons of a large input take long enough to need their own cancellation checks, but not one per
        // comparison: a check reads the clock.
        if ((++_comparisons & 0xFF) == 0)
        {
            _context.Tick();
        }

        for (var i = 0; i < _descending.Length; i++)
        {
            var c = _integers[i] is { } integers ? integers[x].CompareTo(integers[y])
                : _strings[i] is { } strings ? string.CompareOrdinal(strings[x], strings[y])
                : Values.Order(_keys[x][i], _keys[y][i]);
            if (c != 0)
            {
                return _descending[i] ? -c : c;
            }
        }

        return x.CompareTo(y);
    }
}
