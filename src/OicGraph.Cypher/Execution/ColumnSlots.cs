namespace OicGraph.Cypher.Execution;

/// <summary>
/// Names' slots in a row layout, looked up once per layout rather than by name for every row: a projection writes each
/// column and ORDER BY reads each key column of 100k rows, and every by-name access is a dictionary look-up.
/// </summary>
internal sealed class ColumnSlots(IReadOnlyList<string> names)
{
    private SlotLayout? _layout;
    private int[] _slots = [];

    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>Each name's slot in <paramref name="layout"/>, -1 for a name it lacks (the row keeps that one by name).</summary>
    public int[] For(SlotLayout layout)
    {
        if (!ReferenceEquals(layout, _layout))
        {
            var slots = new int[Names.Count];
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = layout.IndexOf(Names[i]);
            }

            _slots = slots;
            _layout = layout;
        }

        return _slots;
    }
}
