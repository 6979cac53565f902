namespace OicGraph.Text.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Splits_on_terminators_and_paragraphs_but_not_on_initials()
    {
        const string text = "ن. نازاربايەۆ يسلام الەمىنىڭ ەجەلگى قۇندىلىقتارىنا ءمان بەرۋدى سۇرادى. ماسەلەن، ءال- فارابي!\n\n"
            + "- ۇيىمنىڭ قاۋقارى قانداي؟ ت. ب. ماسەلەلەر…\nسوڭى";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(
            [
                "ن. نازاربايەۆ يسلام الەمىنىڭ ەجەلگى قۇندىلىقتارىنا ءمان بەرۋدى سۇرادى.",
                "ماسەلەن، ءال- فارابي!",
                "ۇيىمنىڭ قاۋقارى قانداي؟",
                "ت. ب. ماسەلەلەر…",
                "سوڭى",
            ],
            sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void Bounds_are_the_offsets_of_Split()
    {
        const string text = "- ن. نازاربايەۆ ءسوز سويلەدى.  ۇيىم 1969 جىلى قۇرىلدى!\n\nسوڭى ";
        var bounds = SentenceSplitter.Bounds(text);
        Assert.Equal(3, bounds.Count);
        Assert.Equal(SentenceSplitter.Split(text).Select(s => (s.Start, s.End)), bounds);
    }

    [Fact]
    public void Does_not_split_inside_numbers_or_web_addresses() =>
        Assert.Single(SentenceSplitter.Split("ar.inform.kz سايتىندا 1.5 ميلليون"));

    [Fact]
    public void Splits_the_seed_interview_into_sentences_with_original_offsets()
    {
        var normalized = KazakhNormalizer.Normalize(SeedData.Interview);
        var sentences = SentenceSplitter.Split(normalized);
        Assert.True(sentences.Count > 100, $"{sentences.Count} sentences");
        Assert.All(sentences, s => Assert.Equal(s.Text, normalized.Original[s.Start..s.End]));
        Assert.Contains(sentences, s => s.Text.StartsWith("ن. نازاربايەۆ", StringComparison.Ordinal));
    }
}
