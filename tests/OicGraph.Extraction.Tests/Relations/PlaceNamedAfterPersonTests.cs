using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A district, town or village named after a person (Абай ауданы): sentences written for these tests.</summary>
public sealed class PlaceNamedAfterPersonTests
{
    [Theory]
    [InlineData("Шығыс Қазақстан облысының Абай ауданында мектеп ашылды.", "abay-district", "east-kazakhstan-region")]
    [InlineData("Қарағанды облысының Абай қаласындағы музейде жиын өтті.", "abay-city", "karaganda-region")]
    [InlineData("Абай ауданының Қарауыл ауылында мектеп салынды.", "karauyl", "abay-district")]
    public void A_persons_name_before_a_possessed_place_noun_is_the_place(string sentence, string part, string whole) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), part, RelationType.LocatedIn, whole, "");

    [Fact]
    public void The_akim_of_a_town_named_after_a_person_leads_the_town() =>
        RelationAssert.Single(TestData.ExtractKazakh("Абай қаласының әкімі Ерлан Сейтқалиев сөйледі."), "erlan-seytkaliev", RelationType.LeaderOf, "abay-city", "role=Akim");

    [Theory]
    [InlineData("Абай атындағы мектепте жиын өтті.")]
    [InlineData("Бердібек Сапарбаев ауылда болды.")]
    [InlineData("Асқар Мамин қала әкімдеріне тапсырма берді.")]
    [InlineData("Абай аудандарында жиын өтті.")]
    public void A_name_before_a_bare_or_plural_place_noun_or_another_noun_stays_a_person(string sentence)
    {
        var result = TestData.ExtractKazakh(sentence);

        Assert.DoesNotContain(result.Entities, e => e.Id.EndsWith("-district", StringComparison.Ordinal) || e.Id.EndsWith("-city", StringComparison.Ordinal) || e.Id.EndsWith("-village", StringComparison.Ordinal));
    }
}
