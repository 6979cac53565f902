using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Steps;

namespace OicGraph.Extraction.Tests.Steps;

/// <summary>
/// The gazetteer leaves each word it asks about the shared entry of its key (Word.Facts), so the steps after it read phrase starts and
/// stems without hashing the key again. The kept entry must be the shared one: a copy would answer the same but fill its
/// fields for nobody else.
/// </summary>
public sealed class WordKeyFactsTests
{
    [Fact]
    public void After_the_gazetteer_every_seed_word_it_asked_about_keeps_the_shared_entry_of_its_key()
    {
        var context = new ExtractionContext(new ExtractionInput(TestData.Seed), ExtractionResources.Shared, CancellationToken.None);
        new NormalizeTextStep().Run(context);
        new SplitWordsStep().Run(context);
        Assert.All(context.Words, w => Assert.Null(w.Facts));

        new GazetteerStep().Run(context);

        // The gazetteer asks about every word no mention owns, but jumps over the words of a post or title it found.
        var inPostOrTitle = context.Posts.Select(p => (p.First, p.Last)).Concat(context.Titles.Select(t => (t.First, t.Last))).ToList();
        var free = context.Words
            .Where((_, i) => context.OwnerOf(i) is null && !inPostOrTitle.Any(span => i > span.First && i <= span.Last))
            .ToList();
        Assert.True(free.Count > 1000, $"only {free.Count} free words");
        Assert.All(free, w => Assert.Same(context.Resources.FactsOf(w.Key), w.Facts));
    }

    [Fact]
    public void A_word_read_through_its_kept_entry_gets_the_stems_and_phrase_starts_of_its_key()
    {
        var resources = ExtractionResources.Shared;
        var key = "قازاقستاننىڭ";
        var word = new Word(0, key.Length, key, key, WordKind.Word, 0);

        Assert.Equal(resources.NameStems(key), resources.NameStems(word));
        Assert.Same(resources.FactsOf(key), word.Facts);
        Assert.Equal(resources.PhraseStartsOf(key), resources.PhraseStartsOf(word));
        Assert.NotEqual(OicGraph.Extraction.Reference.PhraseStarts.None, resources.PhraseStartsOf(word));
    }

    [Fact]
    public void A_word_that_keeps_an_entry_still_equals_the_same_token_without_one()
    {
        var key = "قازاقستاننىڭ";
        var looked = new Word(3, 3 + key.Length, key, key, WordKind.Word, 1);
        var fresh = new Word(3, 3 + key.Length, key, key, WordKind.Word, 1);
        ExtractionResources.Shared.FactsOf(looked);

        Assert.NotNull(looked.Facts);
        Assert.Equal(fresh, looked);
        Assert.Equal(fresh.GetHashCode(), looked.GetHashCode());
        Assert.NotEqual(fresh, looked with { Sentence = 2 });
    }
}
