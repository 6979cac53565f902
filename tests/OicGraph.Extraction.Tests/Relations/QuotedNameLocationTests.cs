using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>The attributive locative before a quoted name and its kind noun: sentences written for these tests.</summary>
public sealed class QuotedNameLocationTests
{
    [Theory]
    [InlineData("Алматыдағы «Қазақтелеком» компаниясының қызметкерлері жиналды.", "almaty")]
    [InlineData("Түркістан қаласындағы «Шапағат» мүгедектердің қайырымдылық қорына тиесілі орталық ашылды.", "turkistan")]
    public void A_quoted_name_with_its_kind_noun_is_in_the_place_before_it(string sentence, string place)
    {
        var result = TestData.ExtractKazakh(sentence);
        Assert.True(result.Relationships.Any(r => r.Type == RelationType.LocatedIn && r.Target == place), RelationAssert.Describe(result) + " | " + string.Join(", ", result.Entities.Select(e => e.Id + ":" + string.Join("/", e.Mentions.Select(m => m.Text)))));
    }

    [Fact]
    public void A_body_before_another_bodys_head_is_not_what_the_place_holds() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("Қарағандыдағы Ішкі істер министрлігі академиясының оқытушысы сөйледі.").Relationships,
            r => r.Type == RelationType.LocatedIn);
}
