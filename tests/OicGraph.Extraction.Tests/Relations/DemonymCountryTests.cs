using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>A people's name before the possessed noun ел is that people's country: sentences written for these tests.</summary>
public sealed class DemonymCountryTests
{
    [Theory]
    [InlineData("Қасым-Жомарт Тоқаев қырғыз елінде болды.", "kassym-jomart-tokayev", RelationType.Visited, "kyrgyzstan")]
    [InlineData("Қасым-Жомарт Тоқаев өзбек еліне барды.", "kassym-jomart-tokayev", RelationType.Visited, "uzbekistan")]
    public void A_peoples_country_is_the_country(string sentence, string source, RelationType type, string target) =>
        RelationAssert.Single(TestData.ExtractKazakh(sentence), source, type, target, "");

    [Theory]
    [InlineData("Қырғыз елшісі мәлімдеме жасады.")]
    [InlineData("Түркі елдері бірлесіп жұмыс істейді.")]
    [InlineData("Қазақ елде тұрады.")]
    public void A_people_without_its_possessed_country_noun_names_no_country(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Entities, e => e.Type == "Country");
}
