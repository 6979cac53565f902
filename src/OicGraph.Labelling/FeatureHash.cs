namespace OicGraph.Labelling;

/// <summary>
/// 64-bit FNV-1a of a feature template id and its value, so a feature is one number and building it allocates nothing.
/// The hash is part of the model format: changing it invalidates every trained model.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        var h = Mix(Offset, (uint)template);
        foreach (var c in value)
        {
            h = Mix(h, c);
        }

        return h;
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Of(template, a);
        h = Mix(h, 0xFFFF);
        foreach (var c in b)
        {
            h = Mix(h, c);
        }

        return h;
    }

    /// <summary>The hash of a pair with its first value taken: <c>Extend(PairPrefix(t, a), b) == Of(t, a, b)</c>, so a word's half is hashed once.</summary>
    public static ulong PairPrefix(int template, ReadOnlySpan<char> a) => Mix(Of(template, a), 0xFFFF);

    /// <summary>Continues a hash begun by <see cref="PairPrefix"/> with the second value.</summary>
    public static ulong Extend(ulong prefix, ReadOnlySpan<char> b)
    {
        var h = prefix;
        foreach (var c in b)
        {
            h = Mix(h, c);
        }

        return h;
    }

    public static ulong Of(int template, int value) => Mix(Mix(Offset, (uint)template), (uint)value + 0x10000);

    private static ulong Mix(ulong h, uint value)
    {
        h = (h ^ (value & 0xFF)) * Prime;
        h = (h ^ ((value >> 8) & 0xFF)) * Prime;
        h = (h ^ (value >> 16)) * Prime;
        return h;
    }
}
