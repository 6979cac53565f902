using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Steps;

public sealed class EventStepTests
{
    [Fact]
    public void A_quoted_title_before_atty_zhiyn_is_an_event_held_where_the_sentence_says()
    {
        var result = TestData.Extract("جاقىندا يسلام ىنتىماقتاستىعى ۇيىمىنىڭ ۇيىمداستىرۋىمەن ساۋد ارابياسىندا «The role of social media» اتتى ۇلكەن جيىن وتكەن ەدى.");
        var meeting = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal("The role of social media", meeting.Name);
        Assert.Equal("The role of social media", Assert.Single(meeting.Mentions).Text);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.HeldIn, Target: "saudi-arabia" } && r.Source == meeting.Id);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.OrganizedBy, Target: "oic" } && r.Source == meeting.Id);
    }

    [Fact]
    public void A_council_of_foreign_ministers_session_takes_the_year_of_the_sentence_before()
    {
        var result = TestData.Extract("ءبىر دالەل - 2011 -جىلى ۇيىمعا ءتوراعالىق ەتۋى. ءدال وسى جىلى استانادا ي ى ۇ سىرتقى ىستەر مينيسترلەرىنىڭ وتىرىسى ءوتتى.");
        var session = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal("OIC Council of Foreign Ministers (Astana, 2011)", session.Name);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.OccurredOn, Target: "date-2011" } && r.Source == session.Id);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.HeldIn, Target: "astana" } && r.Source == session.Id);
    }

    [Fact]
    public void A_topic_before_zhonindegi_names_the_summit_and_ataglan_refers_back_to_it()
    {
        var result = TestData.Extract("ەلباسى نۇرسۇلتان نازاربايەۆتىڭ استانادا عىلىم جانە تەحنولوگيالار جونىندەگى سامميت وتكىزۋ باستاماسىنا يەك ارتتىق. اتالعان سامميت 2017 -جىلدىڭ قىركۇيەگىندە وتكەن ەدى.");
        var summit = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Equal("Science and Technology Summit", summit.Name);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.OccurredOn, Target: "date-2017-09" } && r.Source == summit.Id);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.Proposed, Source: "nursultan-nazarbayev" } && r.Target == summit.Id);
    }

    [Fact]
    public void People_meeting_somewhere_in_a_year_is_an_event()
    {
        var result = TestData.Extract("1969 -جىلى ماروككودا يسلام ەلدەرىنىڭ وكىلدەرى العاش رەت باس قوستى.");
        var meeting = Assert.Single(result.Entities, e => e.Type == "Event");
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.HeldIn, Target: "morocco" } && r.Source == meeting.Id);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.OccurredOn, Target: "date-1969" } && r.Source == meeting.Id);
    }

    [Fact]
    public void A_quoted_action_plan_is_an_initiative()
    {
        var result = TestData.Extract("ەلباسى يىۇ بويىنشا «2026» ارنايى ءىس- قيمىل جوسپارىن قۇرۋدى ۇسىندى.");
        Assert.Contains(result.Entities, e => e is { Type: "Initiative", Name: "2026 action plan" });
    }
}
