using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

public sealed class WordClustersTests
{
    // Words 1..3 are cities (after 10 "in", before 11 "city"), 4..6 people (after 12 "mr", before 13 "said"); every
    // sentence is a pattern seen more than MinCount times, so each word gets a class.
    private static readonly IReadOnlyList<ulong>[] Sentences =
    [
        .. Enumerable.Range(0, 4).SelectMany(_ => new IReadOnlyList<ulong>[]
        {
            [10, 1, 11], [10, 2, 11], [10, 3, 11],
            [12, 4, 13], [12, 5, 13], [12, 6, 13],
        }),
    ];

    private static readonly ClusterOptions Options = new(MinCount: 3, ContextWords: 10, Sizes: [2, 4]);

    [Fact]
    public void Words_seen_in_the_same_contexts_share_a_class_and_others_do_not()
    {
        var classes = WordClusters.Learn(Sentences, Options);
        var coarse = (ulong w) => classes.At(classes.Of(w), 0);
        Assert.Equal(coarse(1), coarse(2));
        Assert.Equal(coarse(1), coarse(3));
        Assert.Equal(coarse(4), coarse(5));
        Assert.Equal(coarse(4), coarse(6));
        Assert.NotEqual(coarse(1), coarse(4));
    }

    [Fact]
    public void The_same_text_and_seed_give_the_same_classes()
    {
        var a = WordClusters.Learn(Sentences, Options);
        var b = WordClusters.Learn(Sentences.Reverse(), Options);
        Assert.Equal(a.Levels, b.Levels);
        Assert.Equal(a.ByWord.OrderBy(c => c.Key), b.ByWord.OrderBy(c => c.Key));
    }

    [Fact]
    public void A_word_rarer_than_the_minimum_count_has_no_class()
    {
        var classes = WordClusters.Learn([.. Sentences, [10, 99, 11]], Options);
        Assert.Equal(0, classes.Of(99));
        Assert.NotEqual(0, classes.Of(1));
    }

    [Fact]
    public void Each_level_holds_a_class_between_one_and_its_size()
    {
        var classes = WordClusters.Learn(Sentences, Options);
        Assert.Equal(2, classes.Levels);
        foreach (var packed in classes.ByWord.Values)
        {
            Assert.InRange(classes.At(packed, 0), 1, 2);
            Assert.InRange(classes.At(packed, 1), 1, 4);
        }
    }
}
