namespace OicGraph.Labelling;

/// <summary>
/// The features of one sequence, flat: token t owns <c>Features[Offsets[t]..Offsets[t + 1]]</c>. Reused between
/// sequences (<see cref="Clear"/>) so labelling a document allocates only when it is the longest seen.
/// </summary>
public sealed class FeatureSequence : IFeatureSink
{
    private ulong[] _features = new ulong[256];
    private int[] _offsets = new int[33];
    private int _count;

    public int Length { get; private set; }

    public void Clear()
    {
        _count = 0;
        Length = 0;
        _open = false;
        _offsets[0] = 0;
    }

    /// <summary>Starts the next token; features added after this belong to it.</summary>
    public void NextToken()
    {
        Close();
        _open = true;
    }

    private bool _open;

    public void Add(ulong feature)
    {
        if (!_open)
        {
            throw new InvalidOperationException("Call NextToken before adding a token's features.");
        }

        if (_count == _features.Length)
        {
            Array.Resize(ref _features, _features.Length * 2);
        }

        _features[_count++] = feature;
    }

    /// <summary>Ends the sequence: call once after the last token's features.</summary>
    public void Complete() => Close();

    private void Close()
    {
        if (!_open)
        {
            return;
        }

        if (Length + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        Length++;
        _offsets[Length] = _count;
        _open = false;
    }

    public ReadOnlySpan<ulong> FeaturesOf(int token) => _features.AsSpan(_offsets[token], _offsets[token + 1] - _offsets[token]);

    /// <summary>A compact copy, for training sets that keep every sequence.</summary>
    public ulong[][] ToArrays()
    {
        var arrays = new ulong[Length][];
        for (var t = 0; t < Length; t++)
        {
            arrays[t] = FeaturesOf(t).ToArray();
        }

        return arrays;
    }
}
