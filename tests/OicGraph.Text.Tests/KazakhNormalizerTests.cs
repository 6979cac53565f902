namespace OicGraph.Text.Tests;

public sealed class KazakhNormalizerTests
{
    [Theory]
    [InlineData("ي ى ۇ- داعى", "يىۇ-داعى")]                                  // seed: spelled abbreviation + hyphen suffix
    [InlineData("قازاقستاننىڭ ي ى ۇ- داعى الەۋەتتى", "قازاقستاننىڭ يىۇ-داعى الەۋەتتى")]
    [InlineData("ق ر س ءى م", "ءقرسىم")]
    [InlineData("ك س ر و", "كسرو")]
    [InlineData("ت. ب", "ت. ب")]                                               // initials are not an abbreviation run
    [InlineData("سونداي- اق", "سونداي-اق")]
    [InlineData("1969 -جىلى", "1969-جىلى")]
    [InlineData("12- ءسى", "12-ءسى")]
    [InlineData("باستىسى - قازاقستاندا", "باستىسى - قازاقستاندا")]          // a spaced dash is punctuation
    [InlineData("ۇكiمەتiنiڭ", "ۇكىمەتىنىڭ")]                                // Latin i leak, word has ك: no hamza
    [InlineData("بiزدiڭ", "ءبىزدىڭ")]
    [InlineData("ء«تىل", "«ءتىل")]
    [InlineData("ء“بىز", "“ءبىز")]
    [InlineData("ﺳﺎﻟﻪﻡ", "سالەم")]                                            // presentation forms, heh → ە
    [InlineData("شةتةلدةن قازاقتاردئث ءذشئن", "شەتەلدەن قازاقتاردىڭ ءۇشىن")] // legacy 2014 encoding
    [InlineData("اؤعانستان دوسايةأ شةتةلدةن", "اۋعانستان دوسايەۆ شەتەلدەن")]
    [InlineData("دٵيەكسٶز", "دايەكسوز")]                                       // MediaWiki per-letter front vowels
    [InlineData("ٴبىر", "ءبىر")]                                               // U+0674
    [InlineData("كیتاپ ی", "كيتاپ ى")]                                         // Farsi yeh positional
    [InlineData("کەرەك", "كەرەك")]                                            // keheh
    [InlineData("١٩٦٩ ۲۰۱۷", "1969 2017")]
    [InlineData("قانداي؟ ءيا، جوق؛", "قانداي? ءيا, جوق;")]
    [InlineData("ق\u200Cا\u200Fز\u0640اق", "قازاق")]                           // ZWNJ, RLM, tatweel
    [InlineData("اۋدارعان ـ احات", "اۋدارعان - احات")]                        // standalone tatweel is a dash
    [InlineData("ۇ\u064Fلى", "ۇلى")]                                            // stray damma dropped
    [InlineData("و\u064Fلى", "ۇلى")]                                            // و + damma = ۇ
    [InlineData("a\u00A0b", "a b")]
    [InlineData("１９６９ -جىلى", "1969-جىلى")]                                // fullwidth digits
    public void Normalizes_known_variants(string input, string expected) =>
        Assert.Equal(expected, KazakhNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("منظمة التعاون الإسلامي ەلشىسى")]   // an Arabic-language quote in Kazakh text is not legacy encoding
    [InlineData("قازاقستان مەن كاتار")]
    [InlineData("ەلشىسى: شةتةلدةن قازاقتاردئث ءذشئن")] // the modern letters come before the legacy ones: counted all the same
    public void Modern_text_is_not_taken_for_legacy_encoding(string text) =>
        Assert.DoesNotContain('ڭ', KazakhNormalizer.Normalize(text).Text.Replace("ەلشىسى", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void Seed_interview_is_stable_except_punctuation_hyphens_and_abbreviations()
    {
        var normalized = KazakhNormalizer.Normalize(SeedData.Interview);
        Assert.Contains("يىۇ-داعى", normalized.Text, StringComparison.Ordinal);
        Assert.Contains("ءال-اقسا", normalized.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ي ى ۇ", normalized.Text, StringComparison.Ordinal);
        Assert.Equal(normalized.Text, KazakhNormalizer.Normalize(normalized.Text).Text);
    }

    [Theory]
    [InlineData("قازاقستان، تۇركيا؟", "قازاقستان, تۇركيا?", 18)]                         // only ، and ؟ replaced: nothing moves
    [InlineData("ساياسي- ەكونوميكالىق ، بايلانىس", "ساياسي-ەكونوميكالىق , بايلانىس", 7)] // the space after the hyphen dropped at 7
    public void Every_index_maps_back_exactly_before_and_after_the_first_moved_character(string input, string expected, int firstMoved)
    {
        var normalized = KazakhNormalizer.Normalize(input);
        Assert.Equal(expected, normalized.Text);
        var shift = input.Length - expected.Length;
        for (var k = 0; k <= expected.Length; k++)
        {
            Assert.Equal(k < firstMoved ? k : k + shift, normalized.ToOriginal(k));
        }

        Assert.Equal((0, 6), normalized.ToOriginalSpan(0, 6));
        var last = expected.LastIndexOf(' ') + 1;
        Assert.Equal((last + shift, input.Length), normalized.ToOriginalSpan(last, expected.Length));
    }

    [Fact]
    public void Spans_in_normalized_text_slice_the_original_word()
    {
        const string original = "ء«تىل» جانە ي ى ۇ- داعى";
        var normalized = KazakhNormalizer.Normalize(original);
        var at = normalized.Text.IndexOf("ءتىل", StringComparison.Ordinal);
        var (start, end) = normalized.ToOriginalSpan(at, at + 4);
        Assert.Equal("تىل", original[start..end]);

        at = normalized.Text.IndexOf("يىۇ", StringComparison.Ordinal);
        (start, end) = normalized.ToOriginalSpan(at, at + 3);
        Assert.Equal("ي ى ۇ", original[start..end]);
        Assert.Equal(original.Length, normalized.ToOriginal(normalized.Text.Length));
    }
}
