using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Relations;
using OicGraph.Extraction.Steps;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A labelled name that starts with a place in a case of its own is split: sentences written for these tests.</summary>
public sealed class PlaceInNameSplitTests
{
    [Theory]
    [InlineData("Бүгін Алматыда Еуразиялық үкіметаралық кеңесінің отырысы өтеді.", 1, "almaty")]
    [InlineData("Астанадан Еуразиялық экономикалық одақтың өкілдері келді.", 0, "astana")]
    public void A_place_in_its_own_case_opening_a_labelled_name_is_its_own_mention(string sentence, int place, string id)
    {
        var context = LabelledAsOne(sentence, place);

        PlaceInNameSplit.Apply(context);

        Assert.Contains(context.Mentions, m => m.Entity.Id == id && m.First == place && m.Last == place);
        Assert.Contains(context.Mentions, m => m.Entity.Type == EntityType.Organization && m.First == place + 1 && m.Last == place + 3);
    }

    [Fact]
    public void A_bare_place_in_a_name_stays_in_it()
    {
        var context = LabelledAsOne("Бүгін Алматы Еуразиялық үкіметаралық кеңесінің отырысы өтеді.", 1);

        PlaceInNameSplit.Apply(context);

        Assert.Contains(context.Mentions, m => m.Entity.Type == EntityType.Organization && m.First == 1 && m.Last == 4);
    }

    // The pipeline up to the relation step, then words place..place+3 labelled as one organisation (as a model may).
    private static ExtractionContext LabelledAsOne(string cyrillic, int place)
    {
        var context = Labelled(cyrillic);
        foreach (var mention in Enumerable.Range(place, 4).Select(context.OwnerOf).OfType<MentionDraft>().Distinct().ToList())
        {
            context.RemoveMention(mention);
        }

        context.AddMention(place, place + 3, context.Entity("test-body", EntityType.Organization, "Test Body"));
        return context;
    }

    // The pipeline up to the relation step, with the labeller's organisation as the test then widens it.
    private static ExtractionContext Labelled(string cyrillic)
    {
        var context = new ExtractionContext(new ExtractionInput(OicGraph.Text.CyrillicToArabic.Convert(cyrillic), "t"), ExtractionResources.Shared, default);
        foreach (var step in ExtractionPipeline.DefaultSteps().TakeWhile(s => s is not LinkRelationsStep))
        {
            step.Run(context);
        }

        return context;
    }
}
