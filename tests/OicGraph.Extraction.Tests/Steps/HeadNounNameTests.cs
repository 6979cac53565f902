using OicGraph.Extraction.Contract;
using OicGraph.Text;

namespace OicGraph.Extraction.Tests.Steps;

/// <summary>
/// Organisations and events built from head nouns (issue #16, step 3): "X's parliament" as X's, two countries joined by a
/// hyphen, days of a culture. Organisations are read by the rules alone: the labeller may redraw a rule organisation.
/// </summary>
public sealed class HeadNounNameTests
{
    private static readonly IEntityExtractor Rules = ExtractionPipeline.WithLabeller(null);

    private static ExtractionResult Read(string cyrillic) => Rules.Extract(new ExtractionInput(CyrillicToArabic.Convert(cyrillic), "test"));

    [Theory]
    [InlineData("Түркия парламенті заң қабылдады.", "Parliament of Turkey", "تۇركيا پارلامەنتى")]
    [InlineData("Ресей Үкіметі шешім шығарды.", "Government of Russia", "رەسەي ۇكىمەتى")]
    [InlineData("Түркия Денсаулық сақтау министрлігі хабарлады.", "Ministry of Health of Turkey", "تۇركيا دەنساۋلىق ساقتاۋ مينيسترلىگى")]
    [InlineData("Қазақстанның Парламентінде талқыланды.", "Parliament of Kazakhstan", "قازاقستاننىڭ پارلامەنتىندە")]
    [InlineData("Түркия Сыртқы істер министрлігі мәлімдеді.", "Ministry of Foreign Affairs of Turkey", "تۇركيا سىرتقى ىستەر مينيسترلىگى")]
    public void A_national_body_after_a_country_is_that_countrys(string cyrillic, string name, string mention)
    {
        var body = Assert.Single(Read(cyrillic).Entities, e => e.Type == "Organization");
        Assert.Equal(name, body.Name);
        Assert.Equal(mention, Assert.Single(body.Mentions).Text);
    }

    [Theory]
    [InlineData("Қазақстан мен Өзбекстан сыртқы істер министрліктері келісім жасады.", "Ministry of Foreign Affairs of Kazakhstan", "قازاقستان", "Ministry of Foreign Affairs of Uzbekistan", "وزبەكستان سىرتقى ىستەر مينيسترلىكتەرى")]
    [InlineData("Түркия және Ресей парламенттері қол қойды.", "Parliament of Turkey", "تۇركيا", "Parliament of Russia", "رەسەي پارلامەنتتەرى")]
    public void Two_countries_sharing_one_plural_body_noun_are_two_bodies(string cyrillic, string firstName, string firstMention, string secondName, string secondMention)
    {
        var bodies = Read(cyrillic).Entities.Where(e => e.Type == "Organization").ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(firstMention, Assert.Single(Assert.Single(bodies, b => b.Name == firstName).Mentions).Text);
        Assert.Equal(secondMention, Assert.Single(Assert.Single(bodies, b => b.Name == secondName).Mentions).Text);
    }

    [Fact]
    public void A_country_before_a_bare_body_word_stays_a_country()
    {
        var result = Read("Қырғызстан үкімет басшылары келді.");
        Assert.Contains(result.Entities, e => e is { Type: "Country", Id: "kyrgyzstan" });
        Assert.DoesNotContain(result.Entities, e => e.Name == "Government of Kyrgyzstan");
    }

    [Fact]
    public void Two_countries_joined_by_a_hyphen_name_a_forum()
    {
        var forum = Assert.Single(TestData.ExtractKazakh("Қазақстан-Қытай бизнес форумы Астанада өтті.").Entities, e => e.Type == "Event");
        Assert.Equal("قازاقستان-قىتاي بيزنەس فورۋمى", Assert.Single(forum.Mentions).Text);
        Assert.StartsWith("Kazakhstan–China", forum.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_countries_joined_by_a_hyphen_are_named_in_english_in_an_organisation()
    {
        var council = Assert.Single(Read("Қазақстан-Түркия іскерлік кеңесі құрылды.").Entities, e => e.Type == "Organization");
        Assert.StartsWith("Kazakhstan–Turkey", council.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Қазақ мәдениеті күндері Түркияда өтті.", "قازاق مادەنيەتى كۇندەرى", "turkey")]
    [InlineData("Түркия мәдениеті күндері Астанада өтті.", "تۇركيا مادەنيەتى كۇندەرى", "astana")]
    public void Days_of_a_culture_are_an_event_held_where_the_sentence_says(string cyrillic, string mention, string place)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        var days = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal(mention, Assert.Single(days.Mentions).Text);
        Assert.Contains(result.Relationships, r => r.Type == OicGraph.Graph.Model.RelationType.HeldIn && r.Source == days.Id && r.Target == place);
    }

    [Theory]
    [InlineData("Президент 2024 жылы Анкарада ресми сапармен болды.", "رەسمي ساپارمەن", "Official Visit in Ankara (2024)", "ankara")]
    [InlineData("Түркия Президентінің Қазақстанға сапары 2024 жылы өтті.", "ساپارى", "Visit to Kazakhstan (2024)", "kazakhstan")]
    [InlineData("Конгрестің пленарлық отырысы 2024 жылы Астанада өтті.", "پلەنارلىق وتىرىسى", "Plenary Session in Astana (2024)", "astana")]
    public void A_visit_or_plenary_session_with_its_place_and_year_is_an_event(string cyrillic, string mention, string name, string place)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        var @event = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal(name, @event.Name);
        Assert.Equal(mention, Assert.Single(@event.Mentions).Text);
        Assert.Contains(result.Relationships, r => r.Type == OicGraph.Graph.Model.RelationType.HeldIn && r.Source == @event.Id && r.Target == place);
    }
}
