using System.Runtime.CompilerServices;

namespace OicGraph.Labelling;

/// <summary>
/// Feature hash to weight row, open addressing at most half full: a lookup is one or two probes of two flat arrays,
/// where a dictionary lookup was the bulk of labelling time. Key 0 (the empty marker) is kept aside.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly ulong[] _present;
    private readonly int _presentShift;
    private readonly int[] _rows;
    private readonly int _shift;
    private readonly int _zeroRow = -1;

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        var bits = 4;
        while ((1 << bits) < rows.Count * 2)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _rows = new int[1 << bits];
        _shift = 64 - bits;
        var mask = (1 << bits) - 1;

        // About eight bits per feature: most features a text gives were never kept by the model, and their one bit, in a
        // table small enough to stay in cache, answers "absent" for nine in ten of them without a probe of the keys.
        var presentBits = bits + 2;
        _present = new ulong[Math.Max(1, (1 << presentBits) / 64)];
        _presentShift = 64 - presentBits;
        foreach (var (feature, row) in rows)
        {
            if (feature == 0)
            {
                _zeroRow = row;
                continue;
            }

            var bit = PresentBit(feature);
            _present[bit >> 6] |= 1UL << bit;
            var i = Slot(feature);
            while (_keys[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = feature;
            _rows[i] = row;
        }
    }

    /// <summary>The row of <paramref name="feature"/>, or -1 when the model has no weights for it.</summary>
    // Small enough to inline at the scorer's call: most features stop at the filter, and only the rest pay a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(ulong feature)
    {
        var bit = PresentBit(feature);
        return (_present[bit >> 6] & (1UL << bit)) == 0 && feature != 0 ? -1 : Probe(feature);
    }

    private int Probe(ulong feature)
    {
        if (feature == 0)
        {
            return _zeroRow;
        }

        var keys = _keys;
        var mask = keys.Length - 1;
        for (var i = Slot(feature); ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k == feature)
            {
                return _rows[i];
            }

            if (k == 0)
            {
                return -1;
            }
        }
    }

    // The filter's bit: the top bits of another odd multiple, so a feature's bit and its slot are not tied together.
    private int PresentBit(ulong feature) => (int)((feature * 0xC2B2AE3D27D4EB4FUL) >> _presentShift);

    // Fibonacci hashing: the top bits of the product, so any pattern in the feature hash's low bits does not cluster.
    private int Slot(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> _shift);
}
