using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;
using OicGraph.Labelling;
using OicGraph.Text;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The model's tag scores of a sentence's tokens. A word's own features and those it gives its neighbours depend on its
/// spelling alone, so their summed weights are cached per distinct word (on the word key's shared entry, else in a table
/// by text): a token then costs five cached rows and the dozen features that need its sentence, not fifty hash lookups.
/// Thread-safe; one per model.
/// </summary>
internal sealed class LabelScorer
{
    // Words repeat (Zipf): the cache stays small on real text; a stream of distinct junk stops growing it here.
    private const int CacheLimit = 100_000;

    private readonly SequenceModel _model;

    // Every row here is one of the model's padded score rows: whole vectors, zeros past the tags.
    private readonly int _stride;
    private readonly float[] _edges;
    private readonly float[] _known;
    private readonly ConcurrentDictionary<string, ScoredWord> _words = WordCaches.Create<ScoredWord>();
    private ExtractionResources? _resources;
    private int _count;

    public LabelScorer(SequenceModel model)
    {
        _model = model;
        _stride = model.Stride;
        _edges = new float[LabelFeatures.Roles * _stride];
        for (var r = 1; r < (int)LabelFeatures.Role.FarNext; r++)
        {
            var sink = new ScoreSink(model, _edges, r * _stride);
            LabelFeatures.AsNeighbour((LabelFeatures.Role)r, null, ref sink);
        }

        Names = new KnownNames(model.Names);
        var known = LabelFeatures.KnownFeatures;
        _known = new float[known.Count * _stride];
        for (var i = 0; i < known.Count; i++)
        {
            model.AddRow(known[i], _known.AsSpan(i * _stride, _stride));
        }
    }

    public SequenceModel Model => _model;

    /// <summary>The model's training names, compiled once.</summary>
    public KnownNames Names { get; }

    /// <summary>
    /// A word's description and its summed weights in each role (<c>Roles × Stride</c>), with the scorer and the
    /// <see cref="LabelFeatures.TextShape"/> they were worked out for, so the word's key entry can keep it as it is.
    /// </summary>
    public sealed record ScoredWord(LabelFeatures.WordInfo Info, float[] Scores, LabelScorer Scorer, int Shape);

    public ScoredWord Describe(ExtractionContext context, Word word)
    {
        // The cache holds one set of reference data's descriptions: a context built on other resources bypasses it.
        var resources = Volatile.Read(ref _resources) ?? Interlocked.CompareExchange(ref _resources, context.Resources, null) ?? context.Resources;
        var cached = ReferenceEquals(resources, context.Resources);

        // The word's key entry, which the steps before kept on the word, holds its scores for the next word of that key
        // and shape: one reference away, where the table by text cost a hash and three dependent loads, mostly misses
        // once the steps between had run (a tenth of a warm pass's samples). Punctuation keys stand for no one text.
        var facts = word.Kind == WordKind.Punctuation ? null : context.Resources.FactsOf(word);
        var shape = LabelFeatures.TextShape(word);
        if (facts is not null && Volatile.Read(ref facts.Labelled) is { } kept && ReferenceEquals(kept.Scorer, this) && kept.Shape == shape)
        {
            return kept;
        }

        if (cached && _words.TryGetValue(word.Text, out var known) && known.Info.Kind == word.Kind)
        {
            Keep(facts, known);
            return known;
        }

        var info = LabelFeatures.Describe(context.Resources, context.Resources.WordTypes, word);
        var scores = new float[LabelFeatures.Roles * _stride];
        var classes = _model.Classes.Of(info.StemValue);
        // Its word classes in each role too: Score sums the rows at the offsets LabelFeatures.AddClassesAround reads them
        // from in training.
        for (var r = 0; r < LabelFeatures.Roles; r++)
        {
            var sink = new ScoreSink(_model, scores, r * _stride);
            LabelFeatures.AsNeighbour((LabelFeatures.Role)r, info, ref sink);
            LabelFeatures.AddClasses((LabelFeatures.Role)r, _model.Classes, classes, ref sink);
        }

        var scored = new ScoredWord(info, scores, this, shape);
        // ConcurrentDictionary.Count takes every lock: count additions here instead (a race may overshoot by a few).
        if (cached && Volatile.Read(ref _count) < CacheLimit && _words.TryAdd(word.Text, scored))
        {
            Interlocked.Increment(ref _count);
        }

        Keep(facts, scored);
        return scored;
    }

    // The first scorer to describe a word of the key keeps the entry: models scoring side by side (cross-validation) do
    // not take it from each other on every word. The entry holds that scorer while the resources live, so a process that
    // tries several models keeps one extra model's worth.
    private static void Keep(KeyFacts? facts, ScoredWord scored)
    {
        if (facts is not null)
        {
            Interlocked.CompareExchange(ref facts.Labelled, scored, null);
        }
    }

    /// <summary>The tag scores of the tokens of <paramref name="view"/> (<c>Length × Stride</c>), its words' scores in <paramref name="words"/>.</summary>
    public void Score(SentenceFeatures view, ReadOnlySpan<ScoredWord> words, float[] emissions)
    {
        var t = _stride;
        var n = view.Length;
        var edges = _edges;
        for (var j = 0; j < n; j++)
        {
            // The cached rows of the word and its neighbours, summed a vector at a time in the order training adds
            // their features (the word, -1, -2, +1, +2, then the far words), so each tag's sum is the same float.
            var self = words[j].Scores;
            var (m1, m1At) = j > 0 ? (words[j - 1].Scores, 1 * t) : (edges, 1 * t);
            var (m2, m2At) = j > 1 ? (words[j - 2].Scores, 2 * t) : (edges, 2 * t);
            var (p1, p1At) = j + 1 < n ? (words[j + 1].Scores, 3 * t) : (edges, 3 * t);
            var (p2, p2At) = j + 2 < n ? (words[j + 2].Scores, 4 * t) : (edges, 4 * t);
            var row = MemoryMarshal.Cast<float, Vector<float>>(emissions.AsSpan(j * t, t));
            for (var v = 0; v < row.Length; v++)
            {
                var k = v * Vector<float>.Count;
                var sum = new Vector<float>(self.AsSpan(k))
                    + new Vector<float>(m1.AsSpan(m1At + k))
                    + new Vector<float>(m2.AsSpan(m2At + k))
                    + new Vector<float>(p1.AsSpan(p1At + k))
                    + new Vector<float>(p2.AsSpan(p2At + k));
                for (var w = j + LabelFeatures.FarFirst; w <= j + LabelFeatures.FarLast && w < n; w++)
                {
                    sum += new Vector<float>(words[w].Scores.AsSpan((5 * t) + k));
                }

                row[v] = sum;
            }

            var sink = new ScoreSink(_model, emissions, j * t, _known);
            LabelFeatures.InSentence(view, j, ref sink);
        }
    }

    private readonly struct ScoreSink(SequenceModel model, float[] scores, int offset, float[]? known = null) : IFeatureSink
    {
        public void Add(ulong feature) => model.AddRow(feature, scores.AsSpan(offset));

        // The same row AddWeights would add (a feature the model dropped has a row of zeros), without the hash lookup.
        public void AddKnown(ulong feature, int index)
        {
            if (known is null)
            {
                Add(feature);
                return;
            }

            var stride = model.Stride;
            Vectors.Add(scores.AsSpan(offset, stride), known.AsSpan(index * stride, stride));
        }
    }
}
