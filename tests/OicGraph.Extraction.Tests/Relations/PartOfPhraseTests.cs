using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A body's unit named after the body in the genitive, and "X-тың құрамындағы Y": sentences written for these tests.</summary>
public sealed class PartOfPhraseTests
{
    [Theory]
    [InlineData("Қаржы министрлігінің Мемлекеттік кірістер комитеті жаңа ереже әзірледі.", "memlekettik-kirister-komiteti", "ministry-of-finance-kz")]
    [InlineData("Денсаулық сақтау министрлігінің Санитариялық-эпидемиологиялық бақылау комитеті хабарлады.", "sanitariyalyk-epidemiologiyalyk-bakylau-komiteti", "ministry-of-health-kz")]
    [InlineData("Ресейдің құрамындағы Татарстан Республикасында фестиваль өтті.", "tatarstan", "russia")]
    public void A_unit_after_its_body_or_a_part_in_its_composition_is_part_of_it(string sentence, string part, string whole) =>
        Assert.Contains(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.PartOf && r.Source == part && r.Target == whole);

    [Fact]
    public void The_units_head_then_leads_it() =>
        RelationAssert.Single(TestData.ExtractKazakh("Қаржы министрлігінің Мемлекеттік кірістер комитетінің төрағасы Марат Сұлтанғазиев мәлімдеді."),
            "marat-sultangaziev", RelationType.LeaderOf, "memlekettik-kirister-komiteti", "role=Chairman");

    [Theory]
    [InlineData("Қаржы министрлігінің комитеті хабарлады.")]
    [InlineData("Қаржы министрлігінің бірнеше комитеті жабылды.")]
    [InlineData("Қаржы министрлігінің жаңа комитеті құрылуы керек.")]
    [InlineData("Қаржы министрлігінің Мемлекеттік кірістер комитеті құрылуы керек.")]
    public void A_lone_counted_or_yet_to_be_made_unit_is_part_of_nothing(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.PartOf);
}
