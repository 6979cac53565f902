using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>The one-frame gate a pass asks before the full predicate look-up: it may say no only where the look-up finds none of the frame.</summary>
public sealed class PredicateGateTests
{
    [Theory]
    [InlineData("Тараптар келісімге қол қойды", true)]
    [InlineData("Министрлер меморандумға қол қойды", true)]
    [InlineData("Екі ел келісімге қол қоймақ", true)]
    [InlineData("Министр Астанаға келді", false)]
    [InlineData("Саммит Ташкентте өтті", false)]
    public void The_gate_lets_through_every_word_the_look_up_reads_as_signing(string cyrillic, bool signs)
    {
        Word[] words = [.. cyrillic.Split(' ').SelectMany(w => Lexicon.Key(w).Split(' '))
            .Select((key, i) => new Word(i * 10, (i * 10) + key.Length, key, key, WordKind.Word, 0))];

        var signing = Enumerable.Range(0, words.Length).Where(i => PredicateLexicon.At(words, i, 0) is { Predicate.Frame: Frame.Sign }).ToList();

        Assert.Equal(signs, signing.Count > 0);
        Assert.All(signing, i => Assert.True(PredicateLexicon.MayBe(Frame.Sign, words[i].Key)));
        if (!signs)
        {
            Assert.False(PredicateLexicon.MayBe(Frame.Sign, words[^1].Key)); // the verb is not signing, so the gate shuts
        }
    }
}
