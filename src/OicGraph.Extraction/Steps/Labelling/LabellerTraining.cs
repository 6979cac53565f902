using OicGraph.Extraction.Contract;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>A gold span of an annotated text: offsets into the exact text, end exclusive, and its KazNERD type.</summary>
public sealed record GoldSpan(int Start, int End, string Type);

/// <summary>A training sentence and its words' stem hashes, which the training names are built from and looked up by.</summary>
public sealed record LabelledSentence(TrainingSequence Sequence, IReadOnlyList<ulong> Stems);

/// <summary>
/// Turns annotated texts into the labeller's training sequences: the rule steps run exactly as in extraction, so the
/// features the model learns from are the ones it will see; the gold spans become BIO tags on the same words.
/// </summary>
public static class LabellerTraining
{
    public static TagSet Tags => LabelClasses.Tags;

    /// <summary>Folds within the training documents: a document's names features come from the names of the other four.</summary>
    public const int NameFolds = 5;

    // Two levels: 50 classes generalise, 200 tell near words apart (k = 50 alone gave ALL 0.876, 50 and 200 0.879 under
    // 5-fold CV); a word seen under 3 times has too few neighbours to place, and 1000 context words did no better than 400.
    private static ClusterOptions Clustering { get; } = new(MinCount: 3, ContextWords: 400, Sizes: [50, 200]);

    /// <summary>One training sequence per sentence of <paramref name="text"/>, without the training names' features.</summary>
    public static IReadOnlyList<TrainingSequence> Prepare(string text, IReadOnlyList<GoldSpan> spans, CancellationToken cancellationToken = default) =>
        [.. PrepareSentences(text, spans, cancellationToken).Select(s => s.Sequence)];

    /// <summary>
    /// Trains the labeller on documents' sentences (<see cref="PrepareSentences"/>, by document id). The model carries the
    /// names of every document; a training sentence reads only those of documents outside its own inner fold, as new
    /// text will read names the model never saw it with, so the weights learn how far the lookup is right on unseen text.
    /// </summary>
    public static SequenceModel Train(IReadOnlyList<(string Id, IReadOnlyList<LabelledSentence> Sentences)> documents, TrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (data, names, classes) = WithNames(documents, cancellationToken);
        return PerceptronTrainer.Train(Tags, data, options, cancellationToken).WithNames(names).WithClasses(classes);
    }

    /// <summary>
    /// The training sequences with the names features each may read and the word classes of each word and its neighbours,
    /// every document's names, and the classes, learned from all the documents' words (they need no labels, so the
    /// sentences they were learned from may read them, as new text reads the classes of the words the training text had).
    /// </summary>
    internal static (List<TrainingSequence> Data, List<KnownName> Names, WordClasses Classes) WithNames(IReadOnlyList<(string Id, IReadOnlyList<LabelledSentence> Sentences)> documents, CancellationToken cancellationToken = default)
    {
        var classes = WordClusters.Learn(documents.SelectMany(d => d.Sentences.Select(s => s.Stems)), Clustering, cancellationToken);
        var fold = documents.Select(d => Folds.Of("names:" + d.Id, NameFolds)).ToArray();
        var names = documents.Select(d => d.Sentences.SelectMany(s => KnownNames.Of(s.Stems, s.Sequence.Tags)).ToList()).ToList();
        var lookups = Enumerable.Range(0, NameFolds).Select(f => new KnownNames(names.Where((_, i) => fold[i] != f).SelectMany(n => n))).ToArray();
        var data = new List<TrainingSequence>();
        var bits = new long[64];
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var sentence in documents[i].Sentences)
            {
                var n = sentence.Stems.Count;
                if (bits.Length < n)
                {
                    bits = new long[n * 2];
                }

                lookups[fold[i]].Match([.. sentence.Stems], bits);
                data.Add(new TrainingSequence(Complete(sentence, classes, bits), sentence.Sequence.Tags));
            }
        }

        return (data, names.SelectMany(n => n).DistinctBy(n => (n.Class, string.Join(',', n.Words))).ToList(), classes);
    }

    /// <summary>
    /// Each token's features of <paramref name="sentence"/> with what <see cref="PrepareSentences"/> could not know yet:
    /// the names features of its words' <see cref="KnownNames"/> bits (<paramref name="nameBits"/>) and the word classes
    /// around it, as the labelling step's scorer adds them.
    /// </summary>
    internal static ulong[][] Complete(LabelledSentence sentence, WordClasses classes, ReadOnlySpan<long> nameBits)
    {
        var n = sentence.Stems.Count;
        var packed = new int[n];
        for (var j = 0; j < n; j++)
        {
            packed[j] = classes.Of(sentence.Stems[j]);
        }

        var features = new ulong[n][];
        var extra = new List<ulong>();
        for (var j = 0; j < n; j++)
        {
            extra.Clear();
            var sink = new ListSink(extra);
            LabelFeatures.AddNames(nameBits[j], ref sink);
            LabelFeatures.AddClassesAround(classes, packed, j, ref sink);
            features[j] = extra.Count == 0 ? sentence.Sequence.Features[j] : [.. sentence.Sequence.Features[j], .. extra];
        }

        return features;
    }

    private readonly struct ListSink(List<ulong> into) : IFeatureSink
    {
        public void Add(ulong feature) => into.Add(feature);
    }

    /// <summary>One training sentence per sentence of <paramref name="text"/>, its words' stem hashes beside it.</summary>
    public static IReadOnlyList<LabelledSentence> PrepareSentences(string text, IReadOnlyList<GoldSpan> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var context = new ExtractionContext(new ExtractionInput(text), ExtractionResources.Shared, cancellationToken);
        foreach (var step in ExtractionPipeline.DefaultSteps(model: null))
        {
            if (step is LinkRelationsStep)
            {
                break;
            }

            step.Run(context);
        }

        var gold = GoldTags(context, spans);
        var sequence = new FeatureSequence();
        var result = new List<LabelledSentence>();
        foreach (var sentence in context.Sentences)
        {
            if (sentence.EndWord == sentence.FirstWord)
            {
                continue;
            }

            var stems = LabelFeatures.Build(context, sentence, context.Resources.WordTypes, sequence);
            result.Add(new LabelledSentence(new TrainingSequence(sequence.ToArrays(), gold[sentence.FirstWord..sentence.EndWord]), stems));
        }

        return result;
    }

    // A word is inside a gold span when its exact-text extent lies within it; spans cutting a word teach nothing.
    private static int[] GoldTags(ExtractionContext context, IReadOnlyList<GoldSpan> spans)
    {
        var words = context.Words;
        var tags = new int[words.Count];
        var starts = new (int Start, int End)[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = context.Normalized.ToOriginalSpan(words[i].Start, words[i].End);
        }

        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var cls = LabelClasses.OfKazNerd(span.Type);
            if (cls < 0)
            {
                continue;
            }

            var begun = false;
            for (var i = 0; i < words.Count; i++)
            {
                if (starts[i].Start >= span.Start && starts[i].End <= span.End && tags[i] == TagSet.Outside)
                {
                    tags[i] = begun ? TagSet.Inside(cls) : TagSet.Begin(cls);
                    begun = true;
                }
            }
        }

        return tags;
    }
}
