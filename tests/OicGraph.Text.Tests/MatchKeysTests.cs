namespace OicGraph.Text.Tests;

public sealed class MatchKeysTests
{
    [Theory]
    [InlineData("ءساۋىر", "ساۋىر")]
    [InlineData("نازاربايەۆ", "نازارباەۆ")]
    [InlineData("نازارباەۆ", "نازارباەۆ")]
    [InlineData("الييەۆ", "الەۆ")]
    [InlineData("اليەۆ", "الەۆ")]
    [InlineData("فەدەراتسياسى", "فەدەراسياسى")]
    [InlineData("  ساۋد   ارابياسى ", "ساۋد ارابياسى")]
    [InlineData("ي ى ۇ- داعى", "يىۇ-داعى")]
    public void Keys_are_hamza_free_and_unified(string input, string key) => Assert.Equal(key, MatchKeys.Key(input));

    [Theory]
    [InlineData("قازاقستاننىڭ", "قازاقستان")]
    [InlineData("ارابياسىندا", "ارابياسى")]
    [InlineData("ساۋد ارابياسىنان", "ساۋد ارابياسى")]
    [InlineData("ۇيىمىنىڭ", "ۇيىم")]
    [InlineData("ۇيىمداعى", "ۇيىم")]
    [InlineData("پالەستينالىقتاردىڭ", "پالەستينا")]
    [InlineData("يەرۋساليمدەگى", "يەرۋساليم")]
    [InlineData("قىركۇيەگىندە", "قىركۇيەك")]
    [InlineData("مينيسترلەرىنىڭ", "مينيستر")]
    [InlineData("نازاربايەۆتىڭ", "نازارباەۆ")]
    [InlineData("مۋسينوۆپەن", "مۋسينوۆ")]
    [InlineData("ي ى ۇ- داعى", "يىۇ")]
    [InlineData("تۇرىكمەنستانمەن", "تۇرىكمەنستان")]
    public void Stems_are_accepted_only_when_known(string word, string stem)
    {
        var lexicon = new HashSet<string>(StringComparer.Ordinal) { stem, "ارابيا" };
        var stems = MatchKeys.Stems(word, lexicon.Contains);
        Assert.Equal(stem, stems[0]);
    }

    [Fact]
    public void Stems_come_least_stripped_first()
    {
        var lexicon = new HashSet<string>(StringComparer.Ordinal) { "ساۋد ارابياسى", "ساۋد ارابيا" };
        Assert.Equal(["ساۋد ارابياسى", "ساۋد ارابيا"], MatchKeys.Stems("ساۋد ارابياسىنان", lexicon.Contains));
    }

    [Fact]
    public void A_name_that_looks_inflected_is_kept_when_known() =>
        Assert.Equal(["سۋدان"], MatchKeys.Stems("سۋدان", new HashSet<string>(StringComparer.Ordinal) { "سۋدان", "سۋ" }.Contains).Take(1));

    [Fact]
    public void Unknown_stems_are_never_returned() => Assert.Empty(MatchKeys.Stems("سۋدان", _ => false));
}
