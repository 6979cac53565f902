using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>Names listed after their whole before one plural place noun: sentences written for these tests.</summary>
public sealed class ListedPlacesTests
{
    [Theory]
    [InlineData("Атырау облысының Махамбет және Индер аудандарында су тасқыны болды.", "atyrau-region", "inder-district,makhambet")]
    [InlineData("Қазақстанның Алматы, Шымкент қалаларында жиын өтті.", "kazakhstan", "almaty,shymkent")]
    [InlineData("Алматы қаласының Медеу және Бостандық аудандарында мектеп ашылды.", "almaty", "bostandyk-district,medeu")]
    public void Each_name_listed_before_a_plural_place_noun_is_in_the_whole_before_them(string sentence, string whole, string parts) =>
        Assert.Equal(parts.Split(','), TestData.ExtractKazakh(sentence).Relationships.Where(r => r.Type == RelationType.LocatedIn && r.Target == whole).Select(r => r.Source).Order());

    [Theory]
    [InlineData("Балқаш ауданындағы Бақбақты, Бірлік, Ақдала ауылдарында жұмыс жүріп жатыр.", "balkhash-district", "akdala,bakbakty,birlik")]
    [InlineData("Шет ауданының Қайрақты және Көктал ауылдарының тұрғындары жиналды.", "shet-district", "kayrakty,koktal")]
    public void One_word_names_listed_after_a_district_before_a_plural_village_noun_are_its_villages(string sentence, string whole, string parts) =>
        Assert.Equal(parts.Split(','), TestData.ExtractKazakh(sentence).Relationships.Where(r => r.Type == RelationType.LocatedIn && r.Target == whole).Select(r => r.Source).Order());

    [Theory]
    [InlineData("Шет ауданының ескі және жаңа ауылдарында жиын өтті.")]
    [InlineData("Павлодар, Атырау облыстарында жиын өтті.")]
    [InlineData("Ақтөбе, Қостанай қалаларында да жағдай осындай.")]
    public void A_list_of_adjectives_or_with_no_whole_before_it_is_in_nothing(string sentence) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(sentence).Relationships, r => r.Type == RelationType.LocatedIn);
}
