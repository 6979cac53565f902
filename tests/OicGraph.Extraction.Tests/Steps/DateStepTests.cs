namespace OicGraph.Extraction.Tests.Steps;

public sealed class DateStepTests
{
    [Theory]
    [InlineData("ۇيىم 1969 -جىلى قۇرىلدى.", "1969", "1969 -جىلى")]
    [InlineData("2014-2016 -جىلدارى ورىنباسارى بولدىم.", "2014/2016", "2014-2016 -جىلدارى")]
    [InlineData("ال 2017 -جىلدىڭ مامىر ايىندا داككادا وتكەن.", "2017-05", "2017 -جىلدىڭ مامىر ايىندا")]
    [InlineData("سامميت 2017 -جىلدىڭ قىركۇيەگىندە وتكەن ەدى.", "2017-09", "2017 -جىلدىڭ قىركۇيەگىندە")]
    [InlineData("مەن 1987 -جىلدان بەرى قىزمەت ىستەپ كەلەمىن.", "1987", "1987 -جىلدان بەرى")]
    [InlineData("ال 2026 -جىلعا قاراي ءوسۋى كوزدەلەدى.", "2026", "2026 -جىلعا")] // KazNERD leaves "қарай" (towards) out
    [InlineData("2013 جىلعى 20 جەلتوقسان", "2013-12-20", "2013 جىلعى 20 جەلتوقسان")]
    [InlineData("ول 15 -مامىردا كەلدى.", "--05-15", "15 -مامىردا")]
    [InlineData("سوڭعى 2 جىلدا ءوستى.", "P2Y", "سوڭعى 2 جىلدا")]
    [InlineData("3 ايدىڭ ىشىندە ءبىتتى.", "P3M", "3 ايدىڭ ىشىندە")]
    public void Dates_get_an_iso_value_and_their_whole_phrase_as_mention(string text, string value, string mention)
    {
        var date = Assert.Single(TestData.Extract(text).Entities, e => e.Type == "Date");
        Assert.Equal(value, date.Properties["value"]);
        Assert.Equal(mention, Assert.Single(date.Mentions).Text);
    }

    [Theory]
    [InlineData("ۇيىمعا 57 مەملەكەت مۇشە.")]
    [InlineData("18 مەملەكەتتىڭ 12- ءسى قولدادى.")]
    [InlineData("ۇيىمعا 25-تەن استام ەلى قوسىلدى.")]
    public void Numbers_that_count_things_are_not_dates(string text) =>
        Assert.DoesNotContain(TestData.Extract(text).Entities, e => e.Type == "Date");

    [Fact]
    public void The_metadata_line_is_the_document_date()
    {
        var result = TestData.Extract(" date 2023-11 استانا. قازاقپارات - جاقىندا جيىن ءوتتى.");
        Assert.Equal("2023-11", result.Document.Date);
        Assert.Contains(result.Entities, e => e.Id == "date-2023-11");
    }

    [Fact]
    public void An_explicit_date_wins_over_the_metadata_line()
    {
        var result = TestData.Extractor.Extract(new Contract.ExtractionInput(" date 2023-11 استانا.", "d", "2024-01-02"));
        Assert.Equal("2024-01-02", result.Document.Date);
    }
}
