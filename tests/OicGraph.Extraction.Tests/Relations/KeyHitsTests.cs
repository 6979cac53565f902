using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>
/// The predicate and post look-ups keep what a word's key alone decides on its shared entry (KeyFacts): a word with an
/// entry, asked twice, must get what a word without one gets, and the words before or after it are still checked per call.
/// </summary>
public sealed class KeyHitsTests
{
    [Theory]
    [InlineData("Тоқаев Путинмен келіссөз жүргізді", 0)]
    [InlineData("Тоқаев Путинмен келіссөз жүргізді", 3)] // the sentence starts at жүргізді: келіссөз is outside it
    [InlineData("Саммит Ташкентте өтті", 0)]
    [InlineData("Саммит Ташкентте өтсе", 0)]
    [InlineData("Министр Астанаға келді", 0)]
    [InlineData("Тараптар келісімге қол қоймақ", 0)]
    public void A_predicate_read_from_the_kept_entry_is_the_one_read_afresh(string cyrillic, int sentenceStart)
    {
        var plain = WordsOf(cyrillic, withFacts: false);
        var kept = WordsOf(cyrillic, withFacts: true);

        for (var i = sentenceStart; i < plain.Length; i++)
        {
            var expected = PredicateLexicon.At(plain, i, sentenceStart);
            Assert.Equal(expected, PredicateLexicon.At(kept, i, sentenceStart));
            Assert.Equal(expected, PredicateLexicon.At(kept, i, sentenceStart)); // from the entry now
        }

        Assert.All(kept[sentenceStart..], w => Assert.NotNull(w.Facts!.PredicateHits));
    }

    [Fact]
    public void A_multi_word_predicate_needs_its_first_words_inside_the_sentence_whatever_the_entry_holds()
    {
        var kept = WordsOf("Тоқаев Путинмен келіссөз жүргізді", withFacts: true);

        Assert.Equal(Frame.Meet, PredicateLexicon.At(kept, 3, 0)?.Predicate.Frame);
        Assert.Equal(2, PredicateLexicon.At(kept, 3, 0)?.First);
        Assert.NotEqual(2, PredicateLexicon.At(kept, 3, 3)?.First);
    }

    [Theory]
    [InlineData("БҰҰ Бас хатшысы Антониу Гутерриш")]
    [InlineData("Президент Әкімшілігінің басшысы")]
    [InlineData("баспасөз хатшысы")]
    [InlineData("бас атқарушы директоры")]
    public void A_post_read_from_the_kept_entry_is_the_one_read_afresh(string cyrillic)
    {
        var plain = WordsOf(cyrillic, withFacts: false);
        var kept = WordsOf(cyrillic, withFacts: true);

        for (var end = 1; end <= plain.Length; end++)
        {
            for (var i = 0; i < end; i++)
            {
                var expected = RoleCues.At(plain, i, end);
                Assert.Equal(expected, RoleCues.At(kept, i, end));
                Assert.Equal(expected, RoleCues.At(kept, i, end));
            }
        }
    }

    [Fact]
    public void A_two_word_post_cut_by_the_end_is_no_post_though_the_entry_holds_it()
    {
        var kept = WordsOf("бас хатшысы", withFacts: true);

        Assert.NotNull(RoleCues.At(kept, 0, 2));
        Assert.Null(RoleCues.At(kept, 0, 1));
    }

    private static Word[] WordsOf(string cyrillic, bool withFacts) =>
        [.. cyrillic.Split(' ').SelectMany(w => Lexicon.Key(w).Split(' '))
            .Select((key, i) => new Word(i * 10, (i * 10) + key.Length, key, key, WordKind.Word, 0) { Facts = withFacts ? new KeyFacts() : null })];
}
