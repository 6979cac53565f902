namespace OicGraph.Extraction.Tests.Steps;

public sealed class PersonStepTests
{
    [Theory]
    [InlineData("اڭگىمەلەسكەن ولجاس بەركىنبايەۆ", "Olzhas Berkinbaev", "ولجاس بەركىنبايەۆ")]
    [InlineData("جيىندى سەرىك احمەتوۆ اشتى.", "Serik Akhmetov", "سەرىك احمەتوۆ")]
    [InlineData("بايانداما جاساعان گۇلجان سەرىكقىزى.", "Gulzhan Serikkyzy", "گۇلجان سەرىكقىزى")]
    [InlineData("ن. نازاربايەۆ ءمان بەرۋدى سۇرادى.", "Nursultan Nazarbayev", "ن. نازاربايەۆ")]
    [InlineData("اسقار مۋسينوۆپەن سۇحباتتاسۋدىڭ مۇمكىندىگى تۋدى.", "Askar Mussinov", "اسقار مۋسينوۆپەن")]
    public void People_are_found_by_first_name_surname_shape_and_initials(string text, string name, string mention)
    {
        var person = Assert.Single(TestData.Extract(text).Entities, e => e.Type == "Person");
        Assert.Equal(name, person.Name);
        Assert.Equal(mention, Assert.Single(person.Mentions).Text);
    }

    [Theory]
    [InlineData("ەلباسى ۇسىنعان باستامالاردى قولداپ.")]
    [InlineData("ءبىزدىڭ ماقسات ايقىن.")]
    [InlineData("بۇل ەلدىڭ بولاشاعى.")]
    public void Titles_and_words_that_are_also_names_are_not_people(string text) =>
        Assert.DoesNotContain(TestData.Extract(text).Entities, e => e.Type == "Person");

    [Fact]
    public void A_new_person_is_read_back_to_cyrillic_and_latin()
    {
        var person = Assert.Single(TestData.Extract("اڭگىمەلەسكەن ولجاس بەركىنبايەۆ").Entities);
        Assert.Equal("olzhas-berkinbaev", person.Id);
        Assert.Equal("Олжас Беркінбаев", person.Names["kk-Cyrl"]);
        Assert.StartsWith("Oljas", person.Names["kk-Latn"], StringComparison.Ordinal);
    }
}
