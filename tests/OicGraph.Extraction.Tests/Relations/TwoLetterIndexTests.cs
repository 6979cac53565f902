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

    // As a gate (the village sweep's place nouns): a word with no candidates starts with none of the stems.
    private static bool MayStart(IEnumerable<string> stems, string key) =>
        new TwoLetterIndex<string>(stems, s => s[..Math.Min(2, s.Length)]).Candidates(key).Length > 0;

    [Theory]
    [InlineData("ауданының", true)]
    [InlineData("облысы", true)]
    [InlineData("қарасты", true)]
    [InlineData("ауыл", true)] // the same two letters as аудан: let through, the prefix test refuses it
    [InlineData("қала", true)] // қа as қарасты
    [InlineData("министр", false)]
    [InlineData("бастама", false)]
    [InlineData("о", false)]
    public void As_a_gate_a_word_passes_when_it_starts_with_the_first_two_letters_of_a_stem(string cyrillic, bool passes)
    {
        var key = Lexicon.Key(cyrillic);

        Assert.Equal(passes, MayStart(Lexicon.Keys("аудан", "облыс", "қарасты"), key));
        if (!passes)
        {
            Assert.False(Lexicon.StartsWithAny(key, Lexicon.Keys("аудан", "облыс", "қарасты")));
        }
    }

    [Theory]
    [InlineData("a", "ab", true)]
    [InlineData("a", "b", false)]
    [InlineData("", "x", true)]
    [InlineData("ab", "a", false)]
    [InlineData("ab", "", false)]
    public void As_a_gate_a_one_letter_stem_gates_on_its_letter_and_an_empty_stem_lets_every_word_through(string stem, string key, bool passes) =>
        Assert.Equal(passes, MayStart([stem, "cd"], key));

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
