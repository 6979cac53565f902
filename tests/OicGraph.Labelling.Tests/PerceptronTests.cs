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

    internal static SequenceModel TrainToy(int seed = 16) => PerceptronTrainer.Train(
        Tags,
        [.. Sentences.Select((s, i) => new TrainingSequence(Features(s).ToArrays(), Gold[i]))],
        new TrainingOptions(Epochs: 10, Seed: seed, MinFeatureCount: 1));

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
