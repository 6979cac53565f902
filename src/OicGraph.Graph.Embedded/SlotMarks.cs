namespace OicGraph.Graph.Embedded;

/// <summary>
/// Which entity slots one walk has seen, as a stamp per slot: a new walk takes a new stamp instead of clearing, so
/// marking costs nothing per entity the walk does not reach. One array per thread (a walk runs start to end on one
/// thread, under the read lock), grown to the store's slot count.
/// </summary>
internal ref struct SlotMarks
{
    [ThreadStatic]
    private static int[]? t_stamps;

    [ThreadStatic]
    private static int t_stamp;

    private readonly int[] _stamps;
    private readonly int _stamp;

    private SlotMarks(int[] stamps, int stamp)
    {
        _stamps = stamps;
        _stamp = stamp;
    }

    /// <summary>Marks for a walk over <paramref name="slotCount"/> slots, none of them marked.</summary>
    public static SlotMarks Start(int slotCount)
    {
        if (t_stamps is not { } stamps || stamps.Length < slotCount || t_stamp == int.MaxValue)
        {
            t_stamps = stamps = new int[Math.Max(slotCount, 64) * 2];
            t_stamp = 0;
        }

        return new SlotMarks(stamps, ++t_stamp);
    }

    public readonly bool Has(int slot) => _stamps[slot] == _stamp;

    /// <summary>Marks the slot; false when it was marked already.</summary>
    public readonly bool Add(int slot)
    {
        if (_stamps[slot] == _stamp)
        {
            return false;
        }

        _stamps[slot] = _stamp;
        return true;
    }
}
