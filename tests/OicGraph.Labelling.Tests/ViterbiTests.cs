using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

/// <summary>The vectorised decoder finds the tags a plain scalar Viterbi does, ties broken towards the first predecessor.</summary>
public sealed class ViterbiTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(13)]
    public void The_vector_decoder_agrees_with_a_scalar_one_ties_included(int classes)
    {
        var t = 1 + (2 * classes);
        var random = new Random(classes);
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(1, 30);

            // Small whole numbers: many paths tie, so the order the decoder breaks ties in is tested too.
            var emissions = new float[n * t];
            for (var k = 0; k < emissions.Length; k++)
            {
                emissions[k] = random.Next(-3, 4);
            }

            var transitions = new float[(t + 1) * t];
            for (var k = 0; k < transitions.Length; k++)
            {
                transitions[k] = random.Next(-2, 3);
            }

            var expected = Scalar(emissions, transitions, t, n);
            var actual = new int[n];
            Viterbi.Decode(emissions, Viterbi.Mask(transitions, t), t, n, actual);
            Assert.Equal(expected, actual);
        }
    }

    // Viterbi as written in a textbook: previous tags in order, a strictly better score replaces the best so far.
    private static int[] Scalar(float[] emissions, float[] transitions, int t, int n)
    {
        var score = new float[n, t];
        var back = new int[n, t];
        for (var k = 0; k < t; k++)
        {
            score[0, k] = TagSet.Allowed(-1, k) ? transitions[k] + emissions[k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var k = 0; k < t; k++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < t; p++)
                {
                    var candidate = TagSet.Allowed(p, k) ? score[i - 1, p] + transitions[((p + 1) * t) + k] : float.NegativeInfinity;
                    if (candidate > best)
                    {
                        best = candidate;
                        arg = p;
                    }
                }

                score[i, k] = best + emissions[(i * t) + k];
                back[i, k] = arg;
            }
        }

        var tags = new int[n];
        var last = 0;
        for (var k = 1; k < t; k++)
        {
            if (score[n - 1, k] > score[n - 1, last])
            {
                last = k;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[i, last];
        }

        return tags;
    }
}
