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

        // Expected: the training path's features, the names features and the word classes of the word and its neighbours,
        // each weight row added once.
        var sentence = Assert.Single(LabellerTraining.PrepareSentences(text, []));
        var bits = new long[sentence.Stems.Count];
        new KnownNames(model.Names).Match([.. sentence.Stems], bits);
        Assert.Contains(bits, b => b != 0);
        var t = model.Tags.Count;
        var expected = new float[sentence.Stems.Count * t];
        for (var j = 0; j < sentence.Stems.Count; j++)
        {
            var features = new List<ulong>(sentence.Sequence.Features[j]);
            var sink = new Collect(features);
            LabelFeatures.AddNames(bits[j], ref sink);
            LabelFeatures.AddClasses(LabelFeatures.Role.Self, model.Classes, model.Classes.Of(sentence.Stems[j]), ref sink);
            if (j > 0)
            {
                LabelFeatures.AddClasses(LabelFeatures.Role.Previous, model.Classes, model.Classes.Of(sentence.Stems[j - 1]), ref sink);
            }

            if (j + 1 < sentence.Stems.Count)
            {
                LabelFeatures.AddClasses(LabelFeatures.Role.Next, model.Classes, model.Classes.Of(sentence.Stems[j + 1]), ref sink);
            }

            foreach (var f in features)
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
        var actual = new float[expected.Length];
        scorer.Score(view, words, actual);

        Assert.Equal(expected.Length, view.Length * t);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) < 1e-3, $"score {k}: {expected[k]} vs {actual[k]}");
        }
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
