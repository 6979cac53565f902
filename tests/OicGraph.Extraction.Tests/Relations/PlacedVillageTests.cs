using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A village named right after its district's place noun: sentences written for these tests.</summary>
public sealed class PlacedVillageTests
{
    [Theory]
    [InlineData("Қарағанды облысының Шет ауданына қарасты Бұлақты аулын су басты.", "Бұлақты")]
    [InlineData("Шет ауданындағы Ақшоқы ауылында мектеп ашылды.", "Ақшоқы")]
    public void The_word_before_a_village_noun_in_a_district_is_the_villages_name(string sentence, string village)
    {
        var result = TestData.ExtractKazakh(sentence);
        var place = Assert.Single(result.Entities, e => e.Mentions.Any(m => m.Text.StartsWith(OicGraph.Text.CyrillicToArabic.Convert(village), StringComparison.Ordinal)));
        Assert.True(result.Relationships.Any(r => r.Type == RelationType.LocatedIn && r.Source == place.Id), RelationAssert.Describe(result) + " | " + string.Join(", ", result.Entities.Select(e => e.Id + ":" + string.Join("/", e.Mentions.Select(m => m.Text)))));
    }

    [Theory]
    [InlineData("Шет ауданындағы өз ауылына барды.", "өз")]
    [InlineData("Шет ауданындағы біздің ауылымыз үлкен.", "біздің")]
    public void A_participle_or_a_pronoun_before_the_village_noun_is_no_name(string sentence, string word) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Entities, e => e.Mentions.Any(m => m.Text == OicGraph.Text.CyrillicToArabic.Convert(word)));
}
