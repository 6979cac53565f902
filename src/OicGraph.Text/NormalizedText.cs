namespace OicGraph.Text;

/// <summary>
/// The result of <see cref="KazakhNormalizer.Normalize"/>: the normalised <see cref="Text"/> and an exact map from every
/// normalised index back to the <see cref="Original"/> input, so spans found in <see cref="Text"/> can be reported in
/// offsets of the original.
/// </summary>
public sealed class NormalizedText
{
    // For normalised char k: the original range [_starts[k], _ends[k]) it came from. Inserted characters (the
    // canonical word-initial hamza) have an empty range at the start of the original word. Null when every normalised
    // character k came from original character k alone (no pass moved anything, e.g. only ، made ,): k maps to k.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    internal NormalizedText(string original, string text, int[]? starts, int[]? ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The input, unchanged.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Original index of normalised index <paramref name="normalizedIndex"/>; <c>Text.Length</c> maps to <c>Original.Length</c>.</summary>
    public int ToOriginal(int normalizedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedIndex, Text.Length);
        return normalizedIndex == Text.Length ? Original.Length : _starts?[normalizedIndex] ?? normalizedIndex;
    }

    /// <summary>
    /// Original span of the normalised span [<paramref name="start"/>, <paramref name="end"/>): starts where the first
    /// character came from and ends at the end of the original characters of the last one.
    /// </summary>
    public (int Start, int End) ToOriginalSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            var at = ToOriginal(start);
            return (at, at);
        }

        if (_starts is null || _ends is null)
        {
            return (start, end);
        }

        var originalStart = _starts[start];
        return (originalStart, Math.Max(originalStart, _ends[end - 1]));
    }
}
