namespace OicGraph.Extraction.Tests.Steps;

public sealed class GazetteerStepTests
{
    [Theory]
    [InlineData("جاقىندا يسلام ىنتىماقتاستىعى ۇيىمىنىڭ جيىنى ءوتتى.", "oic", "يسلام ىنتىماقتاستىعى ۇيىمىنىڭ")]
    [InlineData("قازاقستاننىڭ ي ى ۇ- داعى ءرولى.", "oic", "ي ى ۇ- داعى")]
    [InlineData("ەلباسى يىۇ- عا ۇسىندى.", "oic", "يىۇ- عا")]
    [InlineData("«يسلام كونفەرەنسياسى ۇيىمى» (ي ك ۇ) اتاۋى وزگەرتىلدى.", "oic", "ي ك ۇ")]
    [InlineData("ساۋد ارابياسىندا جيىن ءوتتى.", "saudi-arabia", "ساۋد ارابياسىندا")]
    [InlineData("قازاقستاننىڭ مۇددەسى.", "kazakhstan", "قازاقستاننىڭ")]
    [InlineData("رەسەي فەدەراتسياسى باقىلاۋشى.", "russia", "رەسەي فەدەراتسياسى")]
    [InlineData("تۇرىكمەنستانمەن قاتار.", "turkmenistan", "تۇرىكمەنستانمەن")]
    [InlineData("مەن ق ر س ءى م جاۋاپتى حاتشىسى بولدىم.", "mfa-kazakhstan", "ق ر س ءى م")]
    [InlineData("يەرۋساليمدەگى مەشىت.", "jerusalem", "يەرۋساليمدەگى")]
    [InlineData("ماسەلەن، نازاربايەۆ ۋنيۆەرسيتەتى.", "nazarbayev-university", "نازاربايەۆ ۋنيۆەرسيتەتى")]
    [InlineData("اراب ءتىلى، اعىلشىن ءتىلى.", "arabic", "اراب ءتىلى")]
    [InlineData("يسلام الەمىندە G-20 ۇيىمىنا سايكەس.", "g20", "G-20")]
    public void Reference_names_are_found_inflected_abbreviated_and_spaced(string text, string id, string mention)
    {
        var entity = Assert.Single(TestData.Extract(text).Entities, e => e.Id == id);
        Assert.Contains(entity.Mentions, m => m.Text == mention);
    }

    [Fact]
    public void An_adjective_made_from_a_name_is_not_the_place() =>
        Assert.DoesNotContain(TestData.Extract("پالەستينالىقتاردىڭ ءوز اۋماعى.").Entities, e => e.Id == "palestine");

    [Fact]
    public void Astana_with_a_possessive_is_the_word_capital_not_the_city()
    {
        var result = TestData.Extract("بانگلادەش استاناسى داككادا وتكەن جينالىس.");
        Assert.DoesNotContain(result.Entities, e => e.Id == "astana");
        Assert.Contains(result.Entities, e => e.Id == "dhaka");
    }

    [Fact]
    public void Reference_entities_carry_names_in_every_script()
    {
        var kazakhstan = Assert.Single(TestData.Extract("قازاقستان").Entities);
        Assert.Equal("Kazakhstan", kazakhstan.Names["en"]);
        Assert.Equal("Қазақстан", kazakhstan.Names["kk-Cyrl"]);
        Assert.Equal("Qazaqstan", kazakhstan.Names["kk-Latn"]);
        Assert.Equal("قازاقستان", kazakhstan.Names["kk-Arab"]);
        Assert.Equal("KZ", kazakhstan.Properties["iso2"]);
    }
}
