using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>The two-letter index the post and predicate look-ups try their entries through: it may skip only entries that cannot match.</summary>
public sealed class TwoLetterIndexTests
{
    [Theory]
    [InlineData("abz", "ab,a,")]
    [InlineData("ab", "ab,a,")]
    [InlineData("ax", "a,")]
    [InlineData("a", "a,")]
    [InlineData("q", "")]
    [InlineData("", "")]
    public void A_word_gets_the_entries_of_its_first_two_letters_and_of_its_first_letter_in_order(string key, string expected)
    {
        var index = new TwoLetterIndex<string>(["ab", "a", "ac", ""], e => e);

        Assert.Equal(expected.Split(','), index.Candidates(key));
    }

    // Arabic keys take the index's per-letter rows, other keys its dictionaries: both must answer alike (ب ا, ب و, a
    // Latin second letter after an Arabic first, an Arabic letter no entry starts with).
    [Theory]
    [InlineData("باس", "با,ب,")]
    [InlineData("با", "با,ب,")]
    [InlineData("بو", "ب,")]
    [InlineData("بx", "ب,")]
    [InlineData("ب", "ب,")]
    [InlineData("تا", "")]
    [InlineData("ت", "")]
    public void An_arabic_word_gets_the_same_entries_as_any_other(string key, string expected)
    {
        var index = new TwoLetterIndex<string>(["با", "ب", "بس", ""], e => e);

        Assert.Equal(expected.Split(','), index.Candidates(key));
    }

    [Fact]
    public void A_prefix_longer_than_two_letters_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TwoLetterIndex<string>(["abc"], e => e));

    // The longest cue at the first word, tried over every cue as before the index: the index must find the same one.
    [Theory]
    [InlineData("бас хатшысы", true)]
    [InlineData("басшысы", true)]
    [InlineData("бас атқарушы директоры", true)]
    [InlineData("баспасөз хатшысы", true)]
    [InlineData("Президентінің көмекшісі", true)]
    [InlineData("премьер-министрі", true)]
    [InlineData("вице-премьер-министрі", true)]
    [InlineData("мемлекеттік хатшысы", true)]
    [InlineData("тұрақты өкілі", true)]
    [InlineData("мүшесі", true)]
    [InlineData("басқарма төрағасы", true)]
    [InlineData("маманы", true)]
    [InlineData("бастама", false)]
    [InlineData("министрлігі", false)]
    public void The_post_at_a_word_is_the_one_a_search_of_every_cue_finds(string cyrillic, bool post)
    {
        Word[] words = [.. cyrillic.Split(' ').SelectMany(w => Lexicon.Key(w).Split(' '))
            .Select((key, i) => new Word(i * 10, (i * 10) + key.Length, key, key, WordKind.Word, 0))];

        var found = RoleCues.At(words, 0, words.Length);

        Assert.Equal(EveryCue(words), found);
        Assert.Equal(post, found is not null);
    }

    private static (RoleCue Cue, int Last, string Ending)? EveryCue(Word[] words)
    {
        foreach (var cue in RoleCues.All.OrderByDescending(c => c.Words.Length).ThenByDescending(c => c.Words[^1].Length))
        {
            var last = cue.Words.Length - 1;
            if (last >= words.Length || !Enumerable.Range(0, last).All(k => words[k].Key == cue.Words[k]))
            {
                continue;
            }

            var key = words[last].Key;
            if (key.StartsWith(cue.Words[^1], StringComparison.Ordinal) && CaseEndings.IsInflection(key[cue.Words[^1].Length..]))
            {
                return (cue, last, key[cue.Words[^1].Length..]);
            }
        }

        return null;
    }
}
