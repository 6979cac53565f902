using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Steps.Labelling;

namespace OicGraph.Extraction.Tests.Labelling;

/// <summary>The head nouns the labeller looks for to the right of a word, in any case (words written for this test).</summary>
public sealed class HeadNounTests
{
    [Theory]
    [InlineData("министрлігінің", "Organization")]
    [InlineData("агенттігі", "Organization")]
    [InlineData("ауданында", "Place")]
    [InlineData("ауылына", "Place")]
    [InlineData("форумына", "Event")]
    [InlineData("жылдығы", "Event")]
    [InlineData("орталықтан", "Organization")]
    [InlineData("агенттік", "Organization")]
    [InlineData("музейде", "Organization")]
    [InlineData("әуекомпаниясына", "Organization")]
    [InlineData("кітап", "None")]
    [InlineData("айтты", "None")]
    public void A_head_noun_is_known_whatever_its_case(string cyrillic, string kind)
    {
        var key = Lexicon.Key(cyrillic);
        Assert.Equal(Enum.Parse<HeadNouns.Kind>(kind), HeadNouns.Of(key, ExtractionResources.Shared.NameStems(key)));
    }

    [Fact]
    public void Each_word_of_a_name_sees_how_far_its_head_noun_is_and_a_comma_ends_the_search()
    {
        var context = LabellerScoringTests.Prepared("Ұлттық экономика министрлігі, ал Берік келді.");
        var view = new SentenceFeatures();
        view.Read(context, context.Sentences[0], i => LabelFeatures.Describe(context.Resources, context.Resources.WordTypes, context.Words[i]));
        Assert.Equal((HeadNouns.Kind.Organization, 2), (view.HeadRight[0].Kind, view.HeadRight[0].Distance));
        Assert.Equal((HeadNouns.Kind.Organization, 1), (view.HeadRight[1].Kind, view.HeadRight[1].Distance));
        Assert.Equal(HeadNouns.Kind.None, view.HeadRight[2].Kind);
        Assert.All(view.HeadRight.Take(view.Length).Skip(3), h => Assert.Equal(HeadNouns.Kind.None, h.Kind));
    }

    [Fact]
    public void A_quoted_name_knows_the_kind_of_the_head_noun_after_its_closing_quote()
    {
        var context = LabellerScoringTests.Prepared("Кеше «Сарыарқа жолы» әуекомпаниясы жаңа ұшақ алды.");
        var view = new SentenceFeatures();
        view.Read(context, context.Sentences[0], i => LabelFeatures.Describe(context.Resources, context.Resources.WordTypes, context.Words[i]));
        var inside = Enumerable.Range(0, view.Length).Where(j => view.Quote[j] == LabelFeatures.QuotePlace.Inside).ToList();
        Assert.Equal(2, inside.Count);
        Assert.All(inside, j => Assert.Equal(HeadNouns.Kind.Organization, view.QuoteHeadKind[j]));
        Assert.Equal(HeadNouns.Kind.None, view.QuoteHeadKind[0]);
    }
}
