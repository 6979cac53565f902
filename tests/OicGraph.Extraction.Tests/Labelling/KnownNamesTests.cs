using OicGraph.Extraction.Steps.Labelling;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>The training data's names looked up in a sentence by stem hashes (stems and tags written for this test).</summary>
public sealed class KnownNamesTests
{
    private static long Bit(int cls, int place) => 1L << ((cls * 4) + place);

    private static ulong[] H(params string[] stems) => [.. stems.Select(s => FeatureHash.Of(0, s))];

    [Fact]
    public void A_name_of_several_words_marks_its_first_middle_and_last_words()
    {
        var names = new KnownNames([new KnownName(H("ulttyq", "ekonomika", "ministrligi"), LabelClasses.Organization)]);
        var bits = new long[5];
        names.Match(H("bugin", "ulttyq", "ekonomika", "ministrligi", "aitty"), bits);
        Assert.Equal([0, Bit(LabelClasses.Organization, 1), Bit(LabelClasses.Organization, 2), Bit(LabelClasses.Organization, 3), 0], bits);
    }

    [Fact]
    public void The_longest_name_of_each_class_counts_and_classes_keep_their_own_bits()
    {
        var names = new KnownNames(
        [
            new KnownName(H("astana"), LabelClasses.Gpe), new KnownName(H("astana"), LabelClasses.Organization),
            new KnownName(H("astana", "khab"), LabelClasses.Organization),
        ]);
        var bits = new long[2];
        names.Match(H("astana", "khab"), bits);
        Assert.Equal(Bit(LabelClasses.Gpe, 0) | Bit(LabelClasses.Organization, 1), bits[0]);
        Assert.Equal(Bit(LabelClasses.Organization, 3), bits[1]);
    }

    [Fact]
    public void A_name_the_sentence_ends_inside_does_not_match()
    {
        var names = new KnownNames([new KnownName(H("qazaq", "ulttyq", "universiteti"), LabelClasses.Organization)]);
        var bits = new long[2];
        names.Match(H("qazaq", "ulttyq"), bits);
        Assert.Equal([0L, 0L], bits);
    }

    [Fact]
    public void A_labelled_sentence_gives_the_names_of_its_gold_spans()
    {
        var stems = H("ulttyq", "bank", "basshysy", "aidar");
        int[] tags = [TagSet.Begin(LabelClasses.Organization), TagSet.Inside(LabelClasses.Organization), 0, TagSet.Begin(LabelClasses.Person)];
        var names = KnownNames.Of(stems, tags).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(H("ulttyq", "bank"), names[0].Words);
        Assert.Equal(LabelClasses.Organization, names[0].Class);
        Assert.Equal(H("aidar"), names[1].Words);
        Assert.Equal(LabelClasses.Person, names[1].Class);
    }

    [Fact]
    public void A_training_document_reads_names_of_the_other_documents_never_its_own()
    {
        // "names:doc-a" and "names:doc-b" fall in different inner folds; only doc-b's sentence names Aidar.
        var stems = H("aidar", "keldi");
        var withName = new LabelledSentence(new TrainingSequence([[1UL], [2UL]], [TagSet.Begin(LabelClasses.Person), 0]), stems);
        var without = new LabelledSentence(new TrainingSequence([[1UL], [2UL]], [0, 0]), stems);
        Assert.NotEqual(Folds.Of("names:doc-a", LabellerTraining.NameFolds), Folds.Of("names:doc-b", LabellerTraining.NameFolds));

        var (data, names, _) = LabellerTraining.WithNames([("doc-a", [without]), ("doc-b", [withName])]);

        Assert.Equal(2, data[0].Features[0].Length);
        Assert.Single(data[1].Features[0]);
        Assert.Equal(H("aidar"), Assert.Single(names).Words);
    }
}
