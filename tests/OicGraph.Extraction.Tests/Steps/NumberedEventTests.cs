using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Steps;

/// <summary>Events by head noun with their number (issue #16, step 3): sentences written for the test in Cyrillic.</summary>
public sealed class NumberedEventTests
{
    [Theory]
    [InlineData("Президент Біріккен Ұлттар Ұйымы Бас Ассамблеясының 74-ші сессиясына қатысады.", "بىرىككەن ۇلتتار ۇيىمى باس اسسامبلەياسىنىڭ 74ء-شى سەسسياسىنا", "74")]
    [InlineData("Президент БҰҰ Бас Ассамблеясының жетпіс төртінші сессиясында сөйледі.", "بۇۇ باس اسسامبلەياسىنىڭ جەتپىس ءتورتىنشى سەسسياسىندا", "74")]
    [InlineData("ИЫҰ Сыртқы істер министрлері кеңесінің 38-ші сессиясы Астанада өтті.", "يىۇ سىرتقى ىستەر مينيسترلەرى كەڭەسىنىڭ 38ء-شى سەسسياسى", "38")]
    [InlineData("«Нұр Отан» партиясының кезектен тыс 19-шы съезі өтті.", "«نۇر وتان» پارتياسىنىڭ كەزەكتەن تىس 19-شى سەزى", "19")]
    [InlineData("Қалада алғашқы инвестициялық әріптестік форумы басталды.", "العاشقى ينۆەستيتسيالىق ارىپتەستىك فورۋمى", "1")]
    [InlineData("XII Ислам саммиті Каирда өтті.", "XII يسلام ءسامميتى", "12")]
    [InlineData("ХІІ Ислам саммиті Каирда өтті.", "ءحىى يسلام ءسامميتى", "12")]
    [InlineData("Ⅱ Дүниежүзілік құрылтайы өтті.", "Ⅱ دۇنيەجۇزىلىك قۇرىلتايى", "2")]
    [InlineData("Үшінші халықаралық конференциясы ашылды.", "ءۇشىنشى حالىقارالىق كونفەرەنسياسى", "3")]
    public void A_head_noun_with_its_number_is_an_event_carrying_the_number(string cyrillic, string mention, string number)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        var @event = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal(mention, Assert.Single(@event.Mentions).Text);
        Assert.Equal(number, @event.Properties["number"]);
    }

    [Fact]
    public void A_numbered_event_takes_the_place_and_year_of_its_sentence()
    {
        var result = TestData.ExtractKazakh("XII Ислам саммиті 2013 жылы Каирда өтті.");
        var summit = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal("12th Islamic Summit", summit.Name);
        Assert.Contains(result.Relationships, r => r.Type == RelationType.HeldIn && r.Source == summit.Id && r.Target == "cairo");
        Assert.Contains(result.Relationships, r => r.Type == RelationType.OccurredOn && r.Source == summit.Id && r.Target == "date-2013");
    }

    [Fact]
    public void A_named_councils_meeting_is_an_event_without_a_number()
    {
        var meeting = Assert.Single(TestData.ExtractKazakh("Қауіпсіздік Кеңесінің отырысы өтті.").Entities, e => e.Type == "Event");
        Assert.Equal("قاۋىپسىزدىك كەڭەسىنىڭ وتىرىسى", Assert.Single(meeting.Mentions).Text);
        Assert.False(meeting.Properties.ContainsKey("number"));
    }

    [Theory]
    [InlineData("Заң кезекті 5-ші сессияда қаралады.")]
    [InlineData("Бұл мыңжылдықтың алғашқы саммиті болды.")]
    [InlineData("Бұл спорттан ең алғашқы әлем чемпионаты өтті.")]
    [InlineData("Ол кеңестің отырысында айтты.")]
    public void A_number_or_owner_that_names_no_particular_event_makes_none(string cyrillic) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(cyrillic).Entities, e => e.Type == "Event");
}
