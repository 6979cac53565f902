namespace OicGraph.Extraction;

/// <summary>
/// A set of word keys that can answer "certainly not in it" without hashing the key or touching a dictionary: one bit per
/// (length, first, second and last letter). Per-word tests ask a big shared dictionary about every word of a document,
/// and on a document's first touch of a key that look-up is a cache miss; most words fail this 8 KB bitmap instead.
/// A set bit only says "maybe": the caller still asks the dictionary.
/// </summary>
internal sealed class KeyFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    public KeyFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var bit = BitOf(key);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    public bool MayContain(string key)
    {
        var bit = BitOf(key);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int BitOf(string key)
    {
        if (key.Length == 0)
        {
            return 0;
        }

        var h = (uint)key.Length;
        h = (h * 31) + key[0];
        h = (h * 31) + (key.Length > 1 ? key[1] : 0u);
        h = (h * 31) + key[^1];
        return (int)((h * 0x9E3779B1u) >> 16);
    }
}
