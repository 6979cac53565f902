using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps;
using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>
/// The labeller's cached scoring (word rows, the closed feature table, the training names) adds exactly the weights of
/// the features it was trained on (documents and sentences written for this test, Cyrillic as Kazinform prints it).
/// </summary>
public sealed class LabellerScoringTests
{
    private static readonly (string Id, string Text, string Name, string Type)[] Documents =
    [
        ("first", "Кеше Ұлттық экономика министрлігі жаңа жоба ұсынды.", "Ұлттық экономика министрлігі", "ORGANISATION"),
        ("second", "Ұлттық экономика министрлігі мен Берік Оспанов келісімге қол қойды.", "Берік Оспанов", "PERSON"),
        ("third", "Астанада Берік Оспанов сөз сөйледі.", "Астанада", "GPE"),
    ];

    [Fact]
    public void Cached_scores_equal_the_summed_weights_of_the_training_features()
    {
        var model = LabellerTraining.Train([.. Documents.Select(d => (d.Id, Prepare(d.Text, d.Name, d.Type)))], new TrainingOptions(Epochs: 3, MinFeatureCount: 1));
        Assert.NotEmpty(model.Names);
        const string Sentence = "Бүгін Ұлттық экономика министрлігі Берік Оспановпен кездесті.";
        var text = OicGraph.Text.CyrillicToArabic.Convert(Sentence);

        // Expected: the training path's features with the names features and the word classes around each word, each
        // weight row added once.
        var sentence = Assert.Single(LabellerTraining.PrepareSentences(text, []));
        var bits = new long[sentence.Stems.Count];
        new KnownNames(model.Names).Match([.. sentence.Stems], bits);
        Assert.Contains(bits, b => b != 0);
        var t = model.Tags.Count;
        var expected = new float[sentence.Stems.Count * t];
        var features = LabellerTraining.Complete(sentence, model.Classes, bits);
        for (var j = 0; j < sentence.Stems.Count; j++)
        {
            foreach (var f in features[j])
            {
                model.AddWeights(f, expected.AsSpan(j * t, t));
            }
        }

        // Actual: the labelling step's scorer.
        var context = Prepared(Sentence);
        var scorer = new LabelScorer(model);
        var view = new SentenceFeatures();
        var words = new LabelScorer.ScoredWord[context.Words.Count];
        view.Read(context, context.Sentences[0], i => (words[i] = scorer.Describe(context, context.Words[i])).Info, scorer.Names);
        var actual = new float[view.Length * model.Stride];
        scorer.Score(view, words, actual);

        Assert.Equal(expected.Length, view.Length * t);
        for (var k = 0; k < expected.Length; k++)
        {
            var got = actual[((k / t) * model.Stride) + (k % t)];
            Assert.True(Math.Abs(expected[k] - got) < 1e-3, $"score {k}: {expected[k]} vs {got}");
        }

        // The padding past the tags stays zero: the decoder adds whole rows.
        for (var k = 0; k < actual.Length; k++)
        {
            Assert.True(k % model.Stride < t || actual[k] == 0, $"padding {k}: {actual[k]}");
        }
    }

    [Fact]
    public void Labelling_adds_exactly_the_features_training_gives_each_token_word_classes_and_names_among_them()
    {
        // A trained model leaves out the features it never moved, so a feature one side adds and the other does not could
        // hide behind a zero weight: here every feature either side could add has its own whole-number weights, so the
        // scores agree exactly only when each token gets the same features from both.
        const string Sentence = "Бүгін Ұлттық экономика министрлігі Берік Оспановпен кездесті.";
        var text = OicGraph.Text.CyrillicToArabic.Convert(Sentence);
        var sentence = Assert.Single(LabellerTraining.PrepareSentences(text, []));
        var stems = sentence.Stems;
        var n = stems.Count;

        // Two levels of classes for every word but the last (a word without classes gives none), a person's name.
        var byWord = new Dictionary<ulong, int>();
        for (var j = 0; j + 1 < n; j++)
        {
            byWord[stems[j]] = ((1 + (j % 3)) << 8) | (1 + j);
        }

        var classes = new WordClasses(byWord, 2);
        var names = new[] { new KnownName([stems[4], stems[5]], LabelClasses.Person) };
        var bits = new long[n];
        new KnownNames(names).Match([.. stems], bits);
        Assert.Contains(bits, b => b != 0);
        var trained = LabellerTraining.Complete(sentence, classes, bits);

        // Every feature the scorer's builders give any word of the sentence, in any role, or any token in its sentence.
        var context = Prepared(Sentence);
        var probe = new LabelScorer(Weighted(classes, names, []));
        var view = new SentenceFeatures();
        var infos = new LabelFeatures.WordInfo[n];
        view.Read(context, context.Sentences[0], i => infos[i] = probe.Describe(context, context.Words[i]).Info, probe.Names);
        var universe = new List<ulong>(trained.SelectMany(f => f));
        var record = new Collect(universe);
        for (var r = 0; r < LabelFeatures.Roles; r++)
        {
            LabelFeatures.AsNeighbour((LabelFeatures.Role)r, r == 0 ? infos[0] : null, ref record);
            for (var j = 0; j < n; j++)
            {
                LabelFeatures.AsNeighbour((LabelFeatures.Role)r, infos[j], ref record);
                LabelFeatures.AddClasses((LabelFeatures.Role)r, classes, classes.Of(stems[j]), ref record);
            }
        }

        for (var j = 0; j < n; j++)
        {
            LabelFeatures.InSentence(view, j, ref record);
        }

        var model = Weighted(classes, names, universe);
        var t = model.Tags.Count;
        var expected = new float[n * t];
        for (var j = 0; j < n; j++)
        {
            foreach (var f in trained[j])
            {
                model.AddWeights(f, expected.AsSpan(j * t, t));
            }
        }

        var scorer = new LabelScorer(model);
        var words = new LabelScorer.ScoredWord[n];
        view.Read(context, context.Sentences[0], i => (words[i] = scorer.Describe(context, context.Words[i])).Info, scorer.Names);
        var actual = new float[n * model.Stride];
        scorer.Score(view, words, actual);

        for (var k = 0; k < expected.Length; k++)
        {
            var got = actual[((k / t) * model.Stride) + (k % t)];
            Assert.True(expected[k] == got, $"token {k / t} tag {k % t}: training {expected[k]}, labelling {got}");
        }
    }

    // A model of the labeller's tags giving each of the features its own whole-number weights (exact in float sums).
    private static SequenceModel Weighted(WordClasses classes, IReadOnlyList<KnownName> names, IEnumerable<ulong> features)
    {
        var t = LabellerTraining.Tags.Count;
        var rows = new Dictionary<ulong, int>();
        foreach (var f in features)
        {
            rows.TryAdd(f, rows.Count);
        }

        var random = new Random(16);
        var weights = new float[rows.Count * t];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Next(1, 1000) * (random.Next(2) == 0 ? -1 : 1);
        }

        return new SequenceModel(LabellerTraining.Tags, rows, weights, new float[(t + 1) * t], names, classes);
    }

    /// <summary>A written Cyrillic text in the Arabic script, through the rule steps the labeller reads.</summary>
    internal static ExtractionContext Prepared(string cyrillic)
    {
        var context = new ExtractionContext(new ExtractionInput(OicGraph.Text.CyrillicToArabic.Convert(cyrillic)), ExtractionResources.Shared, CancellationToken.None);
        foreach (var step in ExtractionPipeline.DefaultSteps(model: null).TakeWhile(s => s is not LinkRelationsStep))
        {
            step.Run(context);
        }

        return context;
    }

    private static IReadOnlyList<LabelledSentence> Prepare(string cyrillic, string name, string type)
    {
        var text = OicGraph.Text.CyrillicToArabic.Convert(cyrillic);
        var arabic = OicGraph.Text.CyrillicToArabic.Convert(name);
        var start = text.IndexOf(arabic, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{name} not in {cyrillic}");
        return LabellerTraining.PrepareSentences(text, [new GoldSpan(start, start + arabic.Length, type)]);
    }

    private readonly struct Collect(List<ulong> into) : IFeatureSink
    {
        public void Add(ulong feature) => into.Add(feature);
    }
}
