using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>The two-letter gate the word sweeps ask first: it may refuse only words that start with none of its stems.</summary>
public sealed class StemGateTests
{
    private static readonly StemGate PlaceNouns = new(Lexicon.Keys("аудан", "облыс", "қарасты"));

    [Theory]
    [InlineData("ауданының", true)]
    [InlineData("облысы", true)]
    [InlineData("қарасты", true)]
    [InlineData("ауыл", true)] // the same two letters as аудан: let through, the prefix test refuses it
    [InlineData("қала", true)] // қа as қарасты
    [InlineData("министр", false)]
    [InlineData("бастама", false)]
    [InlineData("о", false)]
    public void A_word_passes_when_it_starts_with_the_first_two_letters_of_a_stem(string cyrillic, bool passes)
    {
        var key = Lexicon.Key(cyrillic);

        Assert.Equal(passes, PlaceNouns.MayStart(key));
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
    public void A_one_letter_stem_gates_on_its_letter_and_an_empty_stem_lets_every_word_through(string stem, string key, bool passes) =>
        Assert.Equal(passes, new StemGate([stem, "cd"]).MayStart(key));
}
