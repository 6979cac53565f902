using Xunit.Abstractions;

namespace OicGraph.Text.Tests;

public sealed class ArabicToCyrillicTests(ITestOutputHelper output)
{
    public static TheoryData<string> Words => SeedData.ArabicWords();

    [Fact]
    public void Reads_at_least_95_percent_of_the_seed_pairs_back_with_the_default_lexicon() =>
        Assert.True(Accuracy(ReverseLexicon.Default, "default lexicon") >= 0.95);

    [Fact]
    public void Rules_alone_read_at_least_90_percent_of_the_seed_pairs_back() =>
        Assert.True(Accuracy(ReverseLexicon.Empty, "rules only") >= 0.90);

    [Theory]
    [MemberData(nameof(Words))]
    public void Forward_of_reverse_gives_the_seed_word_back(string arabic)
    {
        var cyrillic = ArabicToCyrillic.Convert(arabic, ReverseLexicon.Empty);
        Assert.Equal(arabic, CyrillicToArabic.Convert(cyrillic));
    }

    [Fact]
    public void Forward_of_reverse_gives_back_the_words_of_the_seed_interview()
    {
        var text = KazakhNormalizer.Normalize(SeedData.Interview).Text;
        var words = KazakhTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => t.Text).Distinct().ToList();
        var failures = words.Where(w => CyrillicToArabic.Convert(ArabicToCyrillic.Convert(w, ReverseLexicon.Empty)) != w).ToList();
        Assert.True(words.Count > 500, $"{words.Count} distinct words");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("قازاقستاننىڭ ەلباسى نۇرسۇلتان نازاربايەۆ", "Қазақстанның Елбасы Нұрсұлтан Назарбаев")]
    [InlineData("ساۋد ارابياسىندا، 2017-جىلى", "Сауд Арабиясында, 2017-жылы")]
    [InlineData("ءبولىمىنىڭ باسشىسى", "бөлімінің басшысы")]
    public void Converts_text_keeping_punctuation_and_numbers(string arabic, string cyrillic) =>
        Assert.Equal(cyrillic, ArabicToCyrillic.Convert(arabic), ignoreCase: true);

    [Theory]
    [InlineData("ءىس-شارالار", "іс-шаралар")]
    [InlineData("ءال-اقسا", "әл-ақса")]
    [InlineData("ازىق-تۇلىك", "азық-түлік")]
    [InlineData("ءبىرشاما", "біршама")]
    [InlineData("تەحنولوگيانىڭ", "технологияның")]
    [InlineData("مۇشەلىككە", "мүшелікке")]
    [InlineData("نازارباەۆ", "назарбаев")]
    public void Rules_read_compounds_loans_and_Egemen_spellings(string arabic, string cyrillic) =>
        Assert.Equal(cyrillic, ArabicToCyrillic.Convert(arabic, ReverseLexicon.Empty));

    [Fact]
    public void A_caller_lexicon_is_used_for_stems_and_their_inflections()
    {
        var lexicon = new ReverseLexicon(["Бангладеш", "Мьянма"]);
        Assert.Equal("Бангладештің", ArabicToCyrillic.Convert("بانگلادەشتىڭ", lexicon));
        Assert.Equal("Мьянмада", ArabicToCyrillic.Convert("ميانمادا", lexicon));
    }

    [Theory]
    [InlineData("ساۋد ارابياسىنان كەلدى", "Сауд Арабиясынан келді")]
    [InlineData("يسلام ىنتىماقتاستىعى ۇيىمىنىڭ", "Ислам ынтымақтастығы ұйымының")]
    [InlineData("بىرىككەن اراب امىرلىكتەرى", "Біріккен Араб Әмірліктері")]
    public void Multiword_lexicon_names_are_read_as_phrases(string arabic, string cyrillic) =>
        Assert.Equal(cyrillic, ArabicToCyrillic.Convert(arabic));

    [Fact]
    public void An_extended_lexicon_prefers_the_callers_spelling()
    {
        var lexicon = ReverseLexicon.Default.Extend(["Азербайжан"]);
        Assert.Equal("Азербайжан", ArabicToCyrillic.Convert("ازەربايجان", lexicon));
        Assert.Equal("Палестина", ArabicToCyrillic.Convert("پالەستينا", lexicon));
    }

    [Fact]
    public void A_word_read_with_one_lexicon_is_read_afresh_with_another()
    {
        // Readings are kept per lexicon: the rules' reading cached by one must not leak into a lexicon that knows the word.
        var rulesOnly = new ReverseLexicon([]);
        var known = new ReverseLexicon(["Бангладеш"]);
        var first = ArabicToCyrillic.Convert("بانگلادەشتىڭ", rulesOnly);
        Assert.Equal("Бангладештің", ArabicToCyrillic.Convert("بانگلادەشتىڭ", known));
        Assert.Equal(first, ArabicToCyrillic.Convert("بانگلادەشتىڭ", rulesOnly));
        Assert.NotEqual("Бангладештің", first);
    }

    // Word accuracy, case-insensitive (Arabic script has no case); the figure and the misses go to the test output.
    private double Accuracy(ReverseLexicon lexicon, string name)
    {
        var misses = SeedData.Pairs
            .Select(p => (p.Arabic, p.Cyrillic, Read: ArabicToCyrillic.Convert(p.Arabic, lexicon)))
            .Where(p => !string.Equals(p.Read, p.Cyrillic, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var correct = SeedData.Pairs.Count - misses.Count;
        output.WriteLine($"reverse accuracy, {name}: {correct}/{SeedData.Pairs.Count} = {correct / (double)SeedData.Pairs.Count:P1}");
        misses.ForEach(m => output.WriteLine($"  {m.Arabic}: read {m.Read}, expected {m.Cyrillic}"));
        return correct / (double)SeedData.Pairs.Count;
    }
}
