using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

/// <summary>Scores summed in the model's padded rows decode to the same tags as the same scores in rows of the tag count.</summary>
public sealed class PaddedRowsTests
{
    [Fact]
    public void Padded_rows_decode_as_plain_rows_do()
    {
        var model = PerceptronTests.TrainToy();
        var t = model.Tags.Count;
        Assert.True(model.Stride >= t && model.Stride % System.Numerics.Vector<float>.Count == 0);
        string[] sentence = ["halyk", "bank", "and", "mr", "bek", "nur", "met", "mr", "ali"];
        var sequence = PerceptronTests.Features(sentence);
        var n = sequence.Length;
        var plain = new float[n * t];
        var padded = new float[n * model.Stride];
        for (var i = 0; i < n; i++)
        {
            foreach (var feature in sequence.FeaturesOf(i))
            {
                model.AddWeights(feature, plain.AsSpan(i * t, t));
                model.AddRow(feature, padded.AsSpan(i * model.Stride, model.Stride));
            }
        }

        for (var k = 0; k < padded.Length; k++)
        {
            Assert.Equal(k % model.Stride < t ? plain[((k / model.Stride) * t) + (k % model.Stride)] : 0f, padded[k]);
        }

        var expected = new int[n];
        var actual = new int[n];
        model.Decode(plain, n, expected);
        model.DecodeRows(padded, n, actual);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, tag => tag != TagSet.Outside);
    }
}
