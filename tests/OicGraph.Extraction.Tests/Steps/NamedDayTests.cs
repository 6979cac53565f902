namespace OicGraph.Extraction.Tests.Steps;

/// <summary>
/// Events with no meeting head noun (issue #16): named days "X күні", the New Year, parliament's government hour, and
/// quoted titles before a contest's possessive head noun. Sentences written for the test in Cyrillic.
/// </summary>
public sealed class NamedDayTests
{
    [Theory]
    [InlineData("Елімізде Тәуелсіздік күні кеңінен тойланды.", "تاۋەلسىزدىك كۇنى")]
    [InlineData("Мектепте Халықаралық әйелдер күніне орай концерт болды.", "حالىقارالىق ايەلدەر كۇنىنە")]
    [InlineData("Біз Алғыс айту күнін бірге атап өттік.", "العىس ايتۋ كۇنىن")]
    [InlineData("Жаңа жылды отбасымызбен қарсы алдық.", "جاڭا جىلدى")]
    [InlineData("Депутаттар Үкімет сағатында сұрақ қойды.", "ۇكىمەت ساعاتىندا")]
    public void A_named_day_or_hour_is_an_event_with_its_whole_name(string cyrillic, string mention)
    {
        var result = TestData.ExtractKazakh(cyrillic);
        var @event = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal(mention, Assert.Single(@event.Mentions).Text);
    }

    [Theory]
    [InlineData("Ол келген күні бәрін айтып берді.")]
    [InlineData("Оқушыларға күніне бір рет тамақ береді.")]
    [InlineData("Ол 10-шы мамыр күні ауылға келді.")]
    [InlineData("Бейсенбі күні ол үйде болды.")]
    public void A_day_of_the_calendar_is_no_event(string cyrillic) =>
        Assert.DoesNotContain(TestData.ExtractKazakh(cyrillic).Entities, e => e.Type == "Event");

    [Fact]
    public void The_government_hour_takes_the_word_from_the_government()
    {
        var result = TestData.ExtractKazakh("Депутаттар Үкімет сағатында сұрақ қойды.");
        Assert.DoesNotContain(result.Entities, e => e.Type == "Organization" && e.Mentions.Any(m => m.Text == "ۇكىمەت"));
    }

    [Theory]
    [InlineData("«Жас дарын» халықаралық балалар ән байқауы басталды.", "جاس دارىن")]
    [InlineData("«Алтын күз» байқауының жеңімпаздары марапатталды.", "التىن كۇز")]
    [InlineData("«Ұлы дала» атты мерекелік шарада әншілер өнер көрсетті.", "ۇلى دالا")]
    public void A_quoted_title_before_a_contest_head_noun_is_an_event(string cyrillic, string mention)
    {
        var @event = Assert.Single(TestData.ExtractKazakh(cyrillic).Entities, e => e.Type == "Event");
        Assert.Equal(mention, Assert.Single(@event.Mentions).Text);
    }

    [Fact]
    public void A_quoted_place_before_a_meetings_head_stays_the_place() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("«Астана» халықаралық форумы ашылды.").Entities, e => e.Type == "Event" && e.Mentions.Any(m => m.Text == "استانا"));

    [Fact]
    public void Words_between_a_quote_and_a_head_without_its_possessive_name_no_event() =>
        Assert.DoesNotContain(TestData.ExtractKazakh("«Жас дарын» деп айтты ол байқау туралы.").Entities, e => e.Type == "Event");
}
