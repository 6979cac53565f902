using OicGraph.Extraction.Linking;

namespace OicGraph.Extraction.Tests.Linking;

public sealed class NameComparisonTests
{
    // Spellings of one name (issue #16's Mirziyoyev) and names that differ in a consonant, a doubled letter or a hamza.
    [Theory]
    [InlineData("ميرزيوەۆ", "ميرزيەيەۆ", true)]
    [InlineData("ميرزيوەۆ", "ميرزيايەۆ", true)]
    [InlineData("ميرزيوەۆ", "ميرزيەۆ", true)]
    [InlineData("نازاربايەۆ", "نازارباەۆ", true)]
    [InlineData("اللا", "الا", true)]
    [InlineData("ءالىيەۆ", "الىيەۆ", true)]
    [InlineData("توقايەۆ", "توقاەۆ", true)]
    [InlineData("توقايەۆ", "توقاەۆا", true)] // a final vowel is not a consonant: SameWord tells these apart by the last letter
    [InlineData("ەرلان", "ارلان", true)]
    [InlineData("ەرلان", "ەرجان", false)]
    [InlineData("قاسىمجانوۆ", "قاسىمبەكوۆ", false)]
    [InlineData("", "ا", true)]
    [InlineData("ب", "", false)]
    public void SameSkeleton_agrees_with_comparing_the_skeletons(string a, string b, bool expected)
    {
        Assert.Equal(expected, NameComparison.SameSkeleton(a, b));
        Assert.Equal(NameComparison.Skeleton(a) == NameComparison.Skeleton(b), NameComparison.SameSkeleton(a, b));
        Assert.Equal(NameComparison.SameSkeleton(a, b), NameComparison.SameSkeleton(b, a));
    }

    [Theory]
    [InlineData("ميرزيوەۆ", "ميرزيەيەۆ", 2)]
    [InlineData("نازاربايەۆ", "نازارباەۆ", 1)]
    [InlineData("", "ەرلان", 5)]
    [InlineData("ەرلان", "ەرلان", 0)]
    [InlineData("ەرلان", "ارلان", 1)]
    public void Distance_is_the_Levenshtein_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, NameComparison.Distance(a, b));
        Assert.Equal(expected, NameComparison.Distance(b, a));
    }

    [Fact]
    public void Distance_of_words_longer_than_the_stack_rows_is_still_exact() =>
        Assert.Equal(1, NameComparison.Distance(new string('ا', 100), new string('ا', 99) + "ب"));

    [Fact]
    public void A_document_hash_is_the_sha256_of_its_utf8_text() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OicGraph.Graph.Model.Document.HashOf("abc"));
}
