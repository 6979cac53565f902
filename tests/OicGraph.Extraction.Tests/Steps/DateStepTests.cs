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
    [InlineData("جيىن قازاننىڭ 12-سى كۇنى وتەدى.", "--10-12", "قازاننىڭ 12-سى")]
    [InlineData("ول قىركۇيەكتىڭ 1-ىنە دەيىن جابىق.", "--09-01", "قىركۇيەكتىڭ 1-ىنە دەيىن")]
    [InlineData("كورمە مامىردىڭ 3-ى مەن 9-ى ارالىعىندا بولادى.", "--05-03/--05-09", "مامىردىڭ 3-ى مەن 9-ى ارالىعىندا")]
    [InlineData("جارىس 12-ىنشى شىلدە مەن 2-ىنشى تامىز ارالىعىندا وتەدى.", "--07-12/--08-02", "12-ىنشى شىلدە مەن 2-ىنشى تامىز ارالىعىندا")]
    [InlineData("كەزدەسۋ 5-ىنشى ماي كۇنى ءوتتى.", "--05-05", "5-ىنشى ماي")]
    [InlineData("ول 8-ىنشى سەنتيابردە كەلدى.", "--09-08", "8-ىنشى سەنتيابردە")]
    [InlineData("مەشىت 18-ىنشى عاسىردا سالىنعان.", "17", "18-ىنشى عاسىردا")]
    [InlineData("قامال 16-ىنشى — 17-ىنشى عاسىرلاردا سالىنعان.", "15/16", "16-ىنشى — 17-ىنشى عاسىرلاردا")]
    [InlineData("زاۋىت 2ء-ىنشى توقساندا اشىلادى.", "--Q2", "2ء-ىنشى توقساندا")]
    [InlineData("اۋىل سوناۋ 80-ىنشى جىلداردان بەرى سۋسىز.", "198", "80-ىنشى جىلداردان بەرى")]
    [InlineData("جول 5 – 10 جىلدا سالىنادى.", "P5Y/P10Y", "5 – 10 جىلدا")]
    [InlineData("7 جاستان 10 جاسقا دەيىنگى بالالار كەلدى.", "P7Y/P10Y", "7 جاستان 10 جاسقا دەيىنگى")]
    [InlineData("ول 6 جىلداي ىستەدى.", "P6Y", "6 جىلداي")]
    [InlineData("كەمى 4 جىل جۇمىس ىستەگەن.", "P4Y", "كەمى 4 جىل")]
    [InlineData("كەم دەگەندە 2 جىل وقىعان.", "P2Y", "كەم دەگەندە 2 جىل")]
    [InlineData("جوبا 1-اق جىلدىڭ ىشىندە ءبىتتى.", "P1Y", "1-اق جىلدىڭ ىشىندە")]
    [InlineData("وسى 5 جىلدىڭ ىشىندە ءبىتتى.", "P5Y", "5 جىلدىڭ ىشىندە")] // KazNERD leaves "осы" out before a number
    [InlineData("ول الداعى 30 جىلدىعىنا دايىندالادى.", "P30Y", "الداعى 30 جىلدىعىنا")]
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
    [InlineData("ول ماي 5 ليتر الدى.")] // "май" (oil) is a month only after a day
    [InlineData("اقىن ابايدىڭ 175 جىلدىعىنا ارنالعان.")] // the anniversary of someone named is an event
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
