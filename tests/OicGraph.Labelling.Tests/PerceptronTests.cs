using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

/// <summary>A toy language: "mr" is followed by a person's name of one or two words; "bank" ends an organisation.</summary>
public sealed class PerceptronTests
{
    private static readonly TagSet Tags = new(["PER", "ORG"]);

    private static readonly string[][] Sentences =
    [
        ["mr", "ali", "came"], ["mr", "bek", "nur", "left"], ["the", "kaspi", "bank", "grew"], ["we", "saw", "mr", "ali"],
        ["halyk", "bank", "and", "mr", "nur"], ["mr", "bek", "met", "kaspi", "bank"], ["no", "names", "here"],
    ];

    private static readonly int[][] Gold =
    [
        [0, 1, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 1], [3, 4, 0, 0, 1], [0, 1, 0, 3, 4], [0, 0, 0],
    ];

    internal static FeatureSequence Features(string[] words)
    {
        var sequence = new FeatureSequence();
        for (var i = 0; i < words.Length; i++)
        {
            sequence.NextToken();
            sequence.Add(FeatureHash.Of(1, words[i]));
            sequence.Add(FeatureHash.Of(2, i > 0 ? words[i - 1] : "<s>"));
            sequence.Add(FeatureHash.Of(3, i + 1 < words.Length ? words[i + 1] : "</s>"));
        }

        sequence.Complete();
        return sequence;
    }

    internal static SequenceModel TrainToy(int seed = 16, int orders = 3) => PerceptronTrainer.Train(
        Tags,
        [.. Sentences.Select((s, i) => new TrainingSequence(Features(s).ToArrays(), Gold[i]))],
        new TrainingOptions(Epochs: 10, Seed: seed, MinFeatureCount: 1, Orders: orders));

    [Fact]
    public void A_model_of_several_orders_holds_the_mean_weights_of_one_perceptron_per_order()
    {
        // Seeds 16 and 1016 shuffle the seven sentences differently, so the single-order models differ.
        var first = TrainToy(16, orders: 1);
        var second = TrainToy(1016, orders: 1);
        var mean = TrainToy(16, orders: 2);
        var t = Tags.Count;
        var features = first.Rows.Keys.Union(second.Rows.Keys).Union(mean.Rows.Keys).ToList();
        var differ = false;
        foreach (var f in features)
        {
            var (a, b, m) = (new float[t], new float[t], new float[t]);
            first.AddWeights(f, a);
            second.AddWeights(f, b);
            mean.AddWeights(f, m);
            for (var k = 0; k < t; k++)
            {
                differ |= Math.Abs(a[k] - b[k]) > 1e-3;

                // A feature whose mean is all but zero is pruned from the mean model: then every tag's mean is that small.
                Assert.True(Math.Abs(m[k] - ((a[k] + b[k]) / 2)) < 1e-3, $"feature {f:x} tag {k}: {m[k]} vs {(a[k] + b[k]) / 2}");
            }
        }

        Assert.True(differ, "the two orders trained the same weights");
        for (var k = 0; k < mean.Transitions.Length; k++)
        {
            Assert.Equal((first.Transitions[k] + second.Transitions[k]) / 2, mean.Transitions[k], 3);
        }
    }

    [Fact]
    public void The_trained_model_labels_its_training_sentences()
    {
        var model = TrainToy();
        for (var s = 0; s < Sentences.Length; s++)
        {
            var tags = new int[Sentences[s].Length];
            model.Label(Features(Sentences[s]), tags);
            Assert.Equal(Gold[s], tags);
        }
    }

    [Fact]
    public void The_model_generalises_to_an_unseen_name_after_the_cue_word()
    {
        var tags = new int[3];
        TrainToy().Label(Features(["mr", "zed", "came"]), tags);
        Assert.Equal([0, 1, 0], tags);
    }

    [Fact]
    public void Training_is_deterministic_to_the_byte()
    {
        static byte[] Bytes(SequenceModel model)
        {
            using var stream = new MemoryStream();
            ModelFormat.Write(model, stream);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(TrainToy()), Bytes(TrainToy()));
    }

    [Fact]
    public void Decoding_never_puts_an_inside_tag_after_outside_even_when_the_weights_prefer_it()
    {
        var t = Tags.Count;
        var rows = new Dictionary<ulong, int> { [FeatureHash.Of(1, "x")] = 0 };
        var weights = new float[t];
        weights[TagSet.Inside(0)] = 10f;
        weights[TagSet.Begin(1)] = 1f;
        var model = new SequenceModel(Tags, rows, weights, new float[(t + 1) * t]);
        var tags = new int[3];
        var sequence = new FeatureSequence();
        for (var i = 0; i < 3; i++)
        {
            sequence.NextToken();
            sequence.Add(FeatureHash.Of(1, "x"));
        }

        sequence.Complete();
        model.Label(sequence, tags);
        Assert.Equal([TagSet.Begin(0), TagSet.Inside(0), TagSet.Inside(0)], tags);
    }
}
