namespace OicGraph.Labelling;

/// <summary>
/// A linear-chain model: a weight per (feature, tag) and per (previous tag, tag), decoded by Viterbi under the BIO
/// constraint. Immutable once built; <see cref="Label"/> is thread-safe (its scratch space is per call).
/// </summary>
public sealed class SequenceModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    internal SequenceModel(TagSet tags, Dictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        Tags = tags;
        _rows = rows;
        _weights = weights;
        _transitions = transitions;
        if (weights.Length != rows.Count * tags.Count || transitions.Length != (tags.Count + 1) * tags.Count)
        {
            throw new ArgumentException("The weight tables do not fit the tag set.");
        }
    }

    public TagSet Tags { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _rows.Count;

    internal IReadOnlyDictionary<ulong, int> Rows => _rows;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The best tag sequence for <paramref name="sequence"/>, written to <paramref name="tags"/>.</summary>
    public void Label(FeatureSequence sequence, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var n = sequence.Length;
        if (tags.Length < n)
        {
            throw new ArgumentException("The tag buffer is shorter than the sequence.", nameof(tags));
        }

        if (n == 0)
        {
            return;
        }

        var t = Tags.Count;
        var emissions = new float[n * t];
        for (var i = 0; i < n; i++)
        {
            var row = emissions.AsSpan(i * t, t);
            foreach (var feature in sequence.FeaturesOf(i))
            {
                if (_rows.TryGetValue(feature, out var r))
                {
                    var w = _weights.AsSpan(r * t, t);
                    for (var k = 0; k < t; k++)
                    {
                        row[k] += w[k];
                    }
                }
            }
        }

        Viterbi.Decode(emissions, _transitions, t, n, tags);
    }
}

/// <summary>Viterbi over dense emission scores; transitions row 0 is the sequence start, row p + 1 follows tag p.</summary>
internal static class Viterbi
{
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int t, int n, Span<int> best)
    {
        var score = new float[n * t];
        var back = new int[n * t];
        for (var k = 0; k < t; k++)
        {
            score[k] = TagSet.Allowed(-1, k) ? transitions[k] + emissions[k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var k = 0; k < t; k++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < t; p++)
                {
                    if (!TagSet.Allowed(p, k))
                    {
                        continue;
                    }

                    var s = score[((i - 1) * t) + p] + transitions[((p + 1) * t) + k];
                    if (s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }

                score[(i * t) + k] = top + emissions[(i * t) + k];
                back[(i * t) + k] = arg;
            }
        }

        var last = 0;
        for (var k = 1; k < t; k++)
        {
            if (score[((n - 1) * t) + k] > score[((n - 1) * t) + last])
            {
                last = k;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[(i * t) + last];
        }
    }
}
