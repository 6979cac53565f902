using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>One case per relation rule, each on a sentence of the seed interview (or two, where the rule reads back).</summary>
public sealed class RelationRuleTests
{
    private const string Oic = "يسلام ىنتىماقتاستىعى ۇيىمىنىڭ جيىنى ءوتتى. ";

    [Theory]
    [InlineData(Oic + "قازاقستان 1992 -جىلى ازەربايجان، وزبەكستانمەن قاتار اتالعان ۇيىمعا مۇشەلىككە ەندى.", "kazakhstan", RelationType.MemberOf, "oic", "since=1992")]
    [InlineData(Oic + "قازاقستان 1992 -جىلى ازەربايجان، وزبەكستانمەن قاتار اتالعان ۇيىمعا مۇشەلىككە ەندى.", "uzbekistan", RelationType.MemberOf, "oic", "since=1992")]
    [InlineData("رەسەي فەدەراتسياسى قازىر ي ى ۇ- عا باقىلاۋشى ەل مارتەبەسىنە يە.", "russia", RelationType.ObserverOf, "oic", "")]
    [InlineData("قازاقستاننىڭ بەلسەندىلىگىنە ءبىر دالەل - 2011 -جىلى ي ى ۇ- عا ءتوراعالىق ەتۋى.", "kazakhstan", RelationType.Chaired, "oic", "year=2011")]
    [InlineData("ۇيىمنىڭ قۇرىلۋىنا تۇرتكى بولعان يەرۋساليمدەگى ءال- اقسا مەشىتىنىڭ ورتەنۋ وقيعاسى ەدى.", "al-aqsa", RelationType.LocatedIn, "jerusalem", "")]
    [InlineData("2017 -جىلدىڭ مامىر ايىندا بانگلادەش استاناسى داككادا وتكەن جينالىس.", "dhaka", RelationType.CapitalOf, "bangladesh", "")]
    [InlineData("رەسەيدىڭ قۇرامىنداعى سۋبەكتىلەر، ياعني تاتارستان، شەشەنستان، داعىستان.", "chechnya", RelationType.PartOf, "russia", "")]
    [InlineData("اتالعان باستاما دا قازاقستان پرەزيدەنتى نۇرسۇلتان نازاربايەۆقا تيەسىلى.", "nursultan-nazarbayev", RelationType.LeaderOf, "kazakhstan", "role=President")]
    [InlineData("يسلام ىنتىماقتاستىعى ۇيىمىندا ۇيىم باس حاتشىسىنىڭ عىلىم جانە تەحنولوگيالار جونىندەگى ورىنباسارى اسقار مۋسينوۆپەن سۇحباتتاسۋدىڭ مۇمكىندىگى تۋدى.", "askar-mussinov", RelationType.HoldsPosition, "oic", "role=Assistant Secretary General for Science and Technology")]
    [InlineData("«بەيبىتشىلىك، قاۋىپسىزدىك جانە جانجالداردى شەشۋ» ءبولىمىنىڭ باسشىسى اسقار مۋسينوۆپەن سۇحباتتاسۋدىڭ مۇمكىندىگى تۋدى.", "askar-mussinov", RelationType.Heads, "pscr-department", "")]
    [InlineData("اسقار مۋسينوۆپەن سۇحباتتاسۋدىڭ مۇمكىندىگى تۋدى. مەن ق ر سىرتقى ىستەر مينيسترلىگىندە 1987 -جىلدان بەرى قىزمەت ىستەپ كەلەمىن.", "askar-mussinov", RelationType.WorkedFor, "mfa-kazakhstan", "since=1987")]
    [InlineData("اسقار مۋسينوۆپەن سۇحباتتاسۋدىڭ مۇمكىندىگى تۋدى.\n\nاڭگىمەلەسكەن\n\nولجاس بەركىنبايەۆ", "olzhas-berkinbaev", RelationType.Interviewed, "askar-mussinov", "")]
    [InlineData("ماسەلەن، يىۇ- دا ۇيىم اياسىندا ءوزىنىڭ جۇمىس ءتىلى بار: ءبىرىنشى - اراب ءتىلى، ەكىنشى - اعىلشىن ءتىلى.", "oic", RelationType.WorkingLanguage, "arabic", "")]
    public void A_rule_reads_its_relation_and_properties_from_the_sentence(string text, string source, RelationType type, string target, string properties)
    {
        var result = TestData.Extract(text);
        var relation = Assert.Single(result.Relationships, r => r.Source == source && r.Type == type && r.Target == target);
        foreach (var property in properties.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (property.Split('=')[0], property.Split('=')[1]);
            Assert.Equal(value, relation.Properties[key]);
        }

        Assert.All(relation.Evidence, e => Assert.Equal(text[e.Start..e.End], e.Text));
    }

    [Fact]
    public void A_country_in_the_genitive_does_not_join()
    {
        var result = TestData.Extract(Oic + "1992 -جىلى كەڭەس وداعىنىڭ مەملەكەتتەرى ازەربايجان اتالعان ۇيىمعا مۇشەلىككە ەندى.");
        Assert.Contains(result.Relationships, r => r is { Source: "azerbaijan", Type: RelationType.MemberOf });
        Assert.DoesNotContain(result.Relationships, r => r is { Source: "soviet-union", Type: RelationType.MemberOf });
    }

    [Fact]
    public void Wanting_to_become_a_member_is_not_membership() =>
        Assert.DoesNotContain(
            TestData.Extract(Oic + "رەسەي ۇيىمعا مۇشە بولۋدى قالاپ وتىر، ءبىراق مۇشەلىككە ەنۋگە مۇمكىندىگى جوق.").Relationships,
            r => r.Type == RelationType.MemberOf);

    [Fact]
    public void Claims_of_one_fact_in_one_document_merge_and_keep_every_sentence()
    {
        var result = TestData.Extract(Oic + "قازاقستان ۇيىمعا ءتوراعالىق ەتكەندە جەتىستىككە جەتتى. 2011 -جىلى قازاقستان ۇيىمعا ءتوراعالىق ەتتى.");
        var chaired = Assert.Single(result.Relationships, r => r.Type == RelationType.Chaired);
        Assert.Equal("2011", chaired.Properties["year"]);
        Assert.Equal(2, chaired.Evidence.Count);
    }

    [Fact]
    public void A_proposal_after_the_sentence_naming_the_initiative_goes_back_to_it()
    {
        var result = TestData.Extract("تاعى ءبىر ماڭىزدى باستاما - بۇل 15 دامىعان مەملەكەتتەر فورۋمىن قۇرۋ. اتالعان باستاما دا قازاقستان پرەزيدەنتى نۇرسۇلتان نازاربايەۆقا تيەسىلى.");
        var forum = Assert.Single(result.Entities, e => e.Type == "Initiative");
        Assert.Equal("Forum of 15 developed states", forum.Name);
        Assert.Contains(result.Relationships, r => r is { Type: RelationType.Proposed, Source: "nursultan-nazarbayev" } && r.Target == forum.Id);
    }
}
