namespace OicGraph.Labelling;

/// <summary>
/// 64-bit FNV-1a of a feature template id and its value, so a feature is one number and building it allocates nothing;
/// pairs of values combine their halves' hashes.
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

    /// <summary>
    /// A pair feature from its halves' hashes (<see cref="Of(int, ReadOnlySpan{char})"/>, each hashed once per word):
    /// <paramref name="left"/> carries the template, <paramref name="right"/> is a value's hash under any template; the
    /// two are mixed (splitmix64's finaliser) so (a, b) and (b, a) differ.
    /// </summary>
    public static ulong Pair(ulong left, ulong right)
    {
        var h = left ^ (right * 0x9E3779B97F4A7C15UL);
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
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
