using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Steps;

public sealed class PlaceAndOrganizationStepTests
{
    [Theory]
    [InlineData("الماتى وبلىسىندا جاڭبىر جاۋادى.", "Region", "الماتى وبلىسىندا")]
    [InlineData("باياناۋىل اۋدانىندا جيىن ءوتتى.", "Region", "باياناۋىل")]
    [InlineData("جاڭاقورعان قالاسىنىڭ تۇرعىندارى.", "City", "جاڭاقورعان")]
    [InlineData("بەلارۋس رەسپۋبليكاسى مەن قازاقستان.", "Country", "بەلارۋس رەسپۋبليكاسى")]
    public void Places_are_found_by_their_head_nouns(string text, string type, string mention) =>
        Assert.Contains(TestData.Extract(text).Entities, e => e.Type == type && e.Mentions.Any(m => m.Text == mention));

    [Theory]
    [InlineData("كولىك قۇرالدارى تەكسەرىلدى.")]
    [InlineData("ول جولدى تاۋىپ الدى.")]
    public void Words_that_only_start_like_a_head_noun_are_not_places(string text) =>
        Assert.DoesNotContain(TestData.Extract(text).Entities, e => e.Type is "City" or "Region" or "Place");

    [Theory]
    [InlineData("پاۆلودار مەملەكەتتىك ۋنيۆەرسيتەتىندە كونفەرەنسيا ءوتتى.", "پاۆلودار مەملەكەتتىك ۋنيۆەرسيتەتىندە")]
    [InlineData("ورتالىق سايلاۋ كوميسسياسىنىڭ مالىمەتىنشە.", "ورتالىق سايلاۋ كوميسسياسىنىڭ")]
    public void Organisations_are_found_by_their_head_nouns_with_the_place_in_front(string text, string mention) =>
        Assert.Contains(TestData.Extract(text).Entities, e => e.Type == "Organization" && e.Mentions.Any(m => m.Text == mention));

    [Fact]
    public void A_participle_before_the_head_noun_is_not_part_of_the_name() =>
        Assert.DoesNotContain(TestData.Extract("جاڭادان قۇرىلعان ۇيىمى جۇمىس ىستەيدى.").Entities, e => e.Type == "Organization");

    [Fact]
    public void A_holiday_is_an_event() =>
        Assert.Contains(TestData.Extract("تاۋەلسىزدىك كۇنى قارساڭىندا.").Entities, e => e.Id == "independence-day-kz");

    [Fact]
    public void The_title_elbasy_is_read_as_the_person_by_rules_but_is_not_a_name_mention()
    {
        var result = TestData.Extract("ەلباسى نۇرسۇلتان نازاربايەۆ ءسوز سويلەدى. ەلباسى يىۇ بويىنشا «2026» ارنايى ءىس- قيمىل جوسپارىن قۇرۋدى ۇسىندى.");
        var nazarbayev = Assert.Single(result.Entities, e => e.Id == "nursultan-nazarbayev");
        Assert.Equal("نۇرسۇلتان نازاربايەۆ", Assert.Single(nazarbayev.Mentions).Text);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.Proposed, Source: "nursultan-nazarbayev" });
    }

    [Fact]
    public void The_burning_of_a_place_is_an_event_there() =>
        Assert.Contains(TestData.Extract("يەرۋساليمدەگى ءال- اقسا مەشىتىنىڭ ورتەنۋ وقيعاسى ەدى.").Relationships,
            r => r is { Type: RelationType.HeldIn, Source: "al-aqsa-mosque-fire", Target: "al-aqsa" });
}
