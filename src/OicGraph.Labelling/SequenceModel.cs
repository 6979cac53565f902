using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace OicGraph.Labelling;

/// <summary>
/// A linear-chain model: a weight per (feature, tag) and per (previous tag, tag), decoded by Viterbi under the BIO
/// constraint. Immutable once built; <see cref="Label"/>, <see cref="AddWeights"/> and <see cref="Decode"/> are
/// thread-safe (their scratch space is per call). A feature's weights are kept in a row of <see cref="Stride"/> floats,
/// the tags' weights then zeros, so a scorer sums whole vectors with no tail.
/// </summary>
public sealed class SequenceModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly float[] _allowedTransitions;

    internal SequenceModel(TagSet tags, Dictionary<ulong, int> rows, float[] weights, float[] transitions, IReadOnlyList<KnownName>? names = null, WordClasses? classes = null)
    {
        Tags = tags;
        Names = names ?? [];
        Classes = classes ?? WordClasses.None;
        _rows = rows;
        _transitions = transitions;
        var t = tags.Count;
        if (weights.Length != rows.Count * t || transitions.Length != (t + 1) * t)
        {
            throw new ArgumentException("The weight tables do not fit the tag set.");
        }

        Stride = Viterbi.Stride(t);
        _weights = new float[rows.Count * Stride];
        for (var r = 0; r < rows.Count; r++)
        {
            weights.AsSpan(r * t, t).CopyTo(_weights.AsSpan(r * Stride, t));
        }

        _table = new FeatureTable(rows);
        _allowedTransitions = Viterbi.Mask(transitions, tags.Count);
    }

    // The same weights with other names or classes: the tables are immutable, so they are shared, not rebuilt.
    private SequenceModel(SequenceModel model, IReadOnlyList<KnownName> names, WordClasses classes)
    {
        Tags = model.Tags;
        Names = names;
        Classes = classes;
        Stride = model.Stride;
        _rows = model._rows;
        _weights = model._weights;
        _transitions = model._transitions;
        _table = model._table;
        _allowedTransitions = model._allowedTransitions;
    }

    public TagSet Tags { get; }

    /// <summary>The names of the training data, which the features look up in new text (empty for a model without them).</summary>
    public IReadOnlyList<KnownName> Names { get; }

    /// <summary>The same weights with <paramref name="names"/> as the names its features look up.</summary>
    public SequenceModel WithNames(IReadOnlyList<KnownName> names) => new(this, names, Classes);

    /// <summary>The word classes of the training text, which the features look up in new text (none for a model without them).</summary>
    public WordClasses Classes { get; }

    /// <summary>The same weights and names with <paramref name="classes"/> as the word classes its features look up.</summary>
    public SequenceModel WithClasses(WordClasses classes) => new(this, Names, classes);

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _rows.Count;

    internal IReadOnlyDictionary<ulong, int> Rows => _rows;

    /// <summary>The length of a score row: <see cref="Tags"/>' count rounded up to whole vectors (the rest are zeros).</summary>
    public int Stride { get; }

    /// <summary>The tags' weights of feature row <paramref name="row"/>.</summary>
    internal ReadOnlySpan<float> WeightsOf(int row) => _weights.AsSpan(row * Stride, Tags.Count);


    internal ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Adds the weights of <paramref name="feature"/> to one token's tag scores; a feature the model dropped adds nothing.</summary>
    public void AddWeights(ulong feature, Span<float> scores)
    {
        var t = Tags.Count;
        var r = _table.RowOf(feature);
        if (r >= 0)
        {
            Vectors.Add(scores[..t], _weights.AsSpan(r * Stride, t));
        }
    }

    /// <summary>Adds the padded weight row of <paramref name="feature"/> to the first <see cref="Stride"/> floats of <paramref name="row"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddRow(ulong feature, Span<float> row)
    {
        var r = _table.RowOf(feature);
        if (r >= 0)
        {
            var stride = Stride;
            Vectors.Add(row[..stride], _weights.AsSpan(r * stride, stride));
        }
    }

    /// <summary>The best tag sequence for <paramref name="sequence"/>, written to <paramref name="tags"/>.</summary>
    public void Label(FeatureSequence sequence, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var n = sequence.Length;
        if (tags.Length < n)
        {
            throw new ArgumentException("The tag buffer is shorter than the sequence.", nameof(tags));
        }

        var t = Tags.Count;
        var emissions = new float[n * t];
        for (var i = 0; i < n; i++)
        {
            var row = emissions.AsSpan(i * t, t);
            foreach (var feature in sequence.FeaturesOf(i))
            {
                AddWeights(feature, row);
            }
        }

        Decode(emissions, n, tags);
    }

    /// <summary>The best tag sequence for <paramref name="n"/> tokens' tag scores (<c>n × Tags.Count</c>, token by token).</summary>
    public void Decode(ReadOnlySpan<float> emissions, int n, Span<int> tags)
    {
        if (emissions.Length < n * Tags.Count || tags.Length < n)
        {
            throw new ArgumentException("The score or tag buffer is shorter than the sequence.");
        }

        if (n > 0)
        {
            Viterbi.Decode(emissions, Tags.Count, _allowedTransitions, Tags.Count, n, tags);
        }
    }

    /// <summary>As <see cref="Decode"/>, for tag scores in rows of <see cref="Stride"/> floats whose padding is zero.</summary>
    public void DecodeRows(ReadOnlySpan<float> emissions, int n, Span<int> tags)
    {
        if (emissions.Length < n * Stride || tags.Length < n)
        {
            throw new ArgumentException("The score or tag buffer is shorter than the sequence.");
        }

        if (n > 0)
        {
            Viterbi.Decode(emissions, Stride, _allowedTransitions, Tags.Count, n, tags);
        }
    }
}

/// <summary>Element-wise sums of the short weight rows, a vector at a time.</summary>
public static class Vectors
{
    public static void Add(Span<float> into, ReadOnlySpan<float> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && into.Length >= Vector<float>.Count)
        {
            var a = MemoryMarshal.Cast<float, Vector<float>>(into);
            var b = MemoryMarshal.Cast<float, Vector<float>>(values);
            for (var v = 0; v < a.Length; v++)
            {
                a[v] += b[v];
            }

            i = a.Length * Vector<float>.Count;
        }

        for (; i < into.Length; i++)
        {
            into[i] += values[i];
        }
    }
}

/// <summary>
/// Viterbi over dense emission scores; transitions row 0 is the sequence start, row p + 1 follows tag p. The decoder
/// takes transitions laid out by <see cref="Mask"/>: a move the BIO constraint forbids scores minus infinity, and each
/// row is padded to whole vectors, so a vector of next tags is scored from every previous tag in turn, with no test,
/// and keeps the first best predecessor, as a scalar loop over previous tags in order would.
/// </summary>
internal static class Viterbi
{
    /// <summary>The row length of masked transitions and of the score table: the tag count rounded up to whole vectors.</summary>
    public static int Stride(int t) => (t + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    public static float[] Mask(ReadOnlySpan<float> transitions, int t)
    {
        var masked = new float[(t + 1) * Stride(t)];
        Mask(transitions, t, masked);
        return masked;
    }

    public static void Mask(ReadOnlySpan<float> transitions, int t, Span<float> masked)
    {
        var stride = Stride(t);
        for (var p = -1; p < t; p++)
        {
            for (var k = 0; k < stride; k++)
            {
                masked[((p + 1) * stride) + k] = k < t && TagSet.Allowed(p, k) ? transitions[((p + 1) * t) + k] : float.NegativeInfinity;
            }
        }
    }

    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> allowed, int t, int n, Span<int> best) =>
        Decode(emissions, t, allowed, t, n, best);

    /// <summary>Emission rows of <paramref name="rowLength"/> floats: the tag count, or <see cref="Stride"/> with zero padding.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, int rowLength, ReadOnlySpan<float> allowed, int t, int n, Span<int> best)
    {
        var stride = Stride(t);
        var vectors = stride / Vector<float>.Count;
        var score = ArrayPool<float>.Shared.Rent(n * stride);
        var back = ArrayPool<int>.Shared.Rent(n * stride);
        try
        {
            for (var k = 0; k < stride; k++)
            {
                score[k] = k < t ? allowed[k] + emissions[k] : float.NegativeInfinity;
            }

            var moves = MemoryMarshal.Cast<float, Vector<float>>(allowed[..((t + 1) * stride)]);
            for (var i = 1; i < n; i++)
            {
                var previous = score.AsSpan((i - 1) * stride, t);
                var row = score.AsSpan(i * stride, stride);
                var tops = MemoryMarshal.Cast<float, Vector<float>>(row);
                var args = MemoryMarshal.Cast<int, Vector<int>>(back.AsSpan(i * stride, stride));

                // Blocks of next tags over every previous tag in order: a block's best so far stays in registers, and
                // three blocks at once are three chains of compare-and-select the processor runs side by side.
                var v = 0;
                for (; v + 3 <= vectors; v += 3)
                {
                    var top0 = new Vector<float>(float.NegativeInfinity);
                    var top1 = top0;
                    var top2 = top0;
                    var arg0 = Vector<int>.Zero;
                    var arg1 = arg0;
                    var arg2 = arg0;
                    for (var p = 0; p < previous.Length; p++)
                    {
                        var from = new Vector<float>(previous[p]);
                        var tag = new Vector<int>(p);
                        var at = ((p + 1) * vectors) + v;
                        var c0 = from + moves[at];
                        var c1 = from + moves[at + 1];
                        var c2 = from + moves[at + 2];
                        var b0 = Vector.GreaterThan(c0, top0);
                        var b1 = Vector.GreaterThan(c1, top1);
                        var b2 = Vector.GreaterThan(c2, top2);
                        top0 = Vector.ConditionalSelect(b0, c0, top0);
                        top1 = Vector.ConditionalSelect(b1, c1, top1);
                        top2 = Vector.ConditionalSelect(b2, c2, top2);
                        arg0 = Vector.ConditionalSelect(b0, tag, arg0);
                        arg1 = Vector.ConditionalSelect(b1, tag, arg1);
                        arg2 = Vector.ConditionalSelect(b2, tag, arg2);
                    }

                    tops[v] = top0;
                    tops[v + 1] = top1;
                    tops[v + 2] = top2;
                    args[v] = arg0;
                    args[v + 1] = arg1;
                    args[v + 2] = arg2;
                }

                for (; v < vectors; v++)
                {
                    var top = new Vector<float>(float.NegativeInfinity);
                    var arg = Vector<int>.Zero;
                    for (var p = 0; p < previous.Length; p++)
                    {
                        var candidate = new Vector<float>(previous[p]) + moves[((p + 1) * vectors) + v];
                        var better = Vector.GreaterThan(candidate, top);
                        top = Vector.ConditionalSelect(better, candidate, top);
                        arg = Vector.ConditionalSelect(better, new Vector<int>(p), arg);
                    }

                    tops[v] = top;
                    args[v] = arg;
                }

                if (rowLength == stride)
                {
                    // A padding lane stays minus infinity: no move leads there, and its emission is zero.
                    Vectors.Add(row, emissions.Slice(i * stride, stride));
                }
                else
                {
                    var e = emissions.Slice(i * rowLength, t);
                    for (var k = 0; k < t; k++)
                    {
                        row[k] += e[k];
                    }
                }
            }

            var last = 0;
            for (var k = 1; k < t; k++)
            {
                if (score[((n - 1) * stride) + k] > score[((n - 1) * stride) + last])
                {
                    last = k;
                }
            }

            for (var i = n - 1; i >= 0; i--)
            {
                best[i] = last;
                last = back[(i * stride) + last];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(score);
            ArrayPool<int>.Shared.Return(back);
        }
    }
}
