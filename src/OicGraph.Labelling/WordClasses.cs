namespace OicGraph.Labelling;

/// <summary>
/// Each word's distributional classes (<see cref="WordClusters"/>), by the hash of its stem as <see cref="KnownName"/>
/// holds words: <see cref="Levels"/> classes per word packed one byte each, coarse first, 1-based.
/// </summary>
public sealed record WordClasses(IReadOnlyDictionary<ulong, int> ByWord, int Levels)
{
    public static WordClasses None { get; } = new(new Dictionary<ulong, int>(), 0);

    /// <summary>The packed classes of <paramref name="word"/>, or 0 for a word the training text had too rarely.</summary>
    public int Of(ulong word) => ByWord.TryGetValue(word, out var packed) ? packed : 0;

    /// <summary>The class of packed classes <paramref name="packed"/> at <paramref name="level"/> (0 = the coarsest).</summary>
    public int At(int packed, int level) => (packed >> (8 * (Levels - 1 - level))) & 0xFF;
}
