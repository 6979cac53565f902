namespace OicGraph.Text.Tests;

public sealed class CyrillicToArabicTests
{
    public static TheoryData<string, string> Pairs => SeedData.PairData();

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_seed_pair_converts_exactly(string arabic, string cyrillic) =>
        Assert.Equal(arabic, CyrillicToArabic.Convert(cyrillic));

    [Fact]
    public void All_98_seed_pairs_are_present() => Assert.Equal(98, SeedData.Pairs.Count);

    [Theory]
    [InlineData("әл-Ақса", "ءال-اقسا")]
    [InlineData("Әлиев", "الييەۆ")]
    [InlineData("Қасым-Жомарт Кемелұлы", "قاسىم-جومارت كەمەل ۇلى")]
    [InlineData("Сәуір, сәуірде?", "ءساۋىر، ساۋىردە؟")]
    [InlineData("ҚР", "ق ر")]
    [InlineData("Біріккен Араб Әмірліктері", "بىرىككەن اراب امىرلىكتەرى")]
    [InlineData("G-20 саммиті", "G-20 ءسامميتى")]
    public void Converts_sentences_like_Kazinform(string cyrillic, string arabic) =>
        Assert.Equal(arabic, CyrillicToArabic.Convert(cyrillic));

    [Theory]
    [InlineData("Назарбаев", "نازارباەۆ")]
    public void Egemen_option_skips_the_ev_rule(string cyrillic, string arabic) =>
        Assert.Equal(arabic, CyrillicToArabic.Convert(cyrillic, TransliterationOptions.Egemen));

    [Theory]
    [InlineData(TseRendering.Auto, "فەدەراتسيا كونفەرەنسيا")]
    [InlineData(TseRendering.Ts, "فەدەراتسيا كونفەرەنتسيا")]
    [InlineData(TseRendering.S, "فەدەراسيا كونفەرەنسيا")]
    public void Tse_renderings_follow_the_option(TseRendering tse, string arabic) =>
        Assert.Equal(arabic, CyrillicToArabic.Convert("федерация конференция", new TransliterationOptions { Tse = tse }));

    [Theory]
    [InlineData("бір", "ٴبىر")]
    [InlineData("төрағалық", "توراعالىق")]
    [InlineData("әл-Ақса", "ٴال-اقسا")]
    [InlineData("іс-шара", "ٴىس-شارا")]
    public void MediaWiki_hamza_style_marks_each_part(string cyrillic, string arabic) =>
        Assert.Equal(arabic, CyrillicToArabic.Convert(cyrillic, new TransliterationOptions { Hamza = HamzaStyle.MediaWiki }));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_style_of_a_seed_word_has_the_same_match_key(string arabic, string cyrillic)
    {
        TransliterationOptions[] styles =
        [
            new() { Hamza = HamzaStyle.MediaWiki }, TransliterationOptions.Egemen,
            new() { Tse = TseRendering.Ts }, new() { Tse = TseRendering.S },
        ];
        Assert.All(styles, style => Assert.Equal(MatchKeys.Key(arabic), MatchKeys.Key(CyrillicToArabic.Convert(cyrillic, style))));
    }

    [Theory]
    [InlineData("бiр", "ءبىر")]            // Latin i leaked into Cyrillic
    [InlineData("Мусиновпен", "مۋسينوۆپەن")]
    [InlineData("Кемелұлының", "كەمەل ۇلىنىڭ")]
    [InlineData("бақ БАҚ", "باق ب ا ق")]   // only the capitals are the abbreviation
    public void Handles_leaks_patronymics_and_abbreviations(string cyrillic, string arabic) =>
        Assert.Equal(arabic, CyrillicToArabic.Convert(cyrillic));

    [Fact]
    public void Spelled_out_abbreviations_follow_Kazinform() =>
        Assert.Equal("ي ى ۇ-داعى", CyrillicToArabic.Convert("ИЫҰ-дағы", new TransliterationOptions { SpellOutAbbreviations = true }));
}
