using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// ORDER BY ... LIMIT over rows as they arrive: only the <c>keep</c> smallest rows seen so far are held, in a bounded
/// max-heap, so the input is never gathered whole (<see cref="SortedSelection"/> needs every row's keys first). Ties keep
/// the input order, as a stable sort would: a row is ordered after every earlier row with equal keys, so one that only
/// ties the largest kept row is dropped, and the rows given are the first <c>keep</c> of a full stable sort.
/// </summary>
internal sealed class StreamedSelection<T>
{
    private readonly bool[] _descending;
    private readonly QueryContext _context;
    private readonly int _keep;
    private readonly PriorityQueue<Entry, Entry> _heap;
    private long _arrivals;
    private int _comparisons;

    public StreamedSelection(IReadOnlyList<SortItem> items, int keep, QueryContext context)
    {
        _context = context;
        _keep = keep;
        // A max-heap: the largest kept row is the one a smaller newcomer replaces.
        _heap = new PriorityQueue<Entry, Entry>(Math.Min(keep, 1024), Comparer<Entry>.Create((x, y) => Compare(y, x)));
        _descending = new bool[items.Count];
        for (var i = 0; i < _descending.Length; i++)
        {
            _descending[i] = items[i].Descending;
        }
    }

    /// <summary>
    /// Offers a row and its sort keys. True when the row is kept (the keys array is then the selection's); false when
    /// it is dropped, so the caller may reuse the keys array for the next row.
    /// </summary>
    public bool Offer(object?[] keys, T item)
    {
        var entry = new Entry(keys, _arrivals++, item);
        if (_heap.Count < _keep)
        {
            _heap.Enqueue(entry, entry);
            return true;
        }

        if (_keep == 0 || Compare(entry, _heap.Peek()) >= 0)
        {
            return false;
        }

        _heap.DequeueEnqueue(entry, entry);
        return true;
    }

    /// <summary>The kept rows, smallest first.</summary>
    public List<T> Sorted()
    {
        var entries = _heap.UnorderedItems.Select(pair => pair.Element).ToArray();
        Array.Sort(entries, Compare);
        var sorted = new List<T>(entries.Length);
        foreach (var entry in entries)
        {
            sorted.Add(entry.Item);
        }

        return sorted;
    }

    private int Compare(Entry x, Entry y)
    {
        // As in SortedSelection: a check per 256 comparisons, since a check reads the clock.
        if ((++_comparisons & 0xFF) == 0)
        {
            _context.Tick();
        }

        for (var i = 0; i < _descending.Length; i++)
        {
            var c = Values.Order(x.Keys[i], y.Keys[i]);
            if (c != 0)
            {
                return _descending[i] ? -c : c;
            }
        }

        return x.Arrival.CompareTo(y.Arrival);
    }

    private readonly record struct Entry(object?[] Keys, long Arrival, T Item);
}
