using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Tests.Relations;

/// <summary>The per-document table of words a post cue starts at, which the post pre-passes consult before reading a post.</summary>
public sealed class PostCueStartsTests
{
    [Theory]
    [InlineData("Ұйымның бас хатшысы Хисейн Ибраһим Таха Астанаға келді", "1,2")]
    [InlineData("Қазақстан Президенті мен Франция Президентінің көмекшісі кездесті", "1,4,5")]
    [InlineData("Ол бүгін қалаға келді", "")]
    public void A_cue_starts_exactly_where_the_cue_look_up_finds_one(string cyrillic, string expected)
    {
        Word[] words = [.. cyrillic.Split(' ').SelectMany(w => Lexicon.Key(w).Split(' '))
            .Select((key, i) => new Word(i * 10, (i * 10) + key.Length, key, key, WordKind.Word, 0))];

        var starts = new PostCueStarts(words);

        var found = Enumerable.Range(0, words.Length).Where(starts.At).ToList();
        Assert.Equal(Enumerable.Range(0, words.Length).Where(i => RoleCues.At(words, i, words.Length) is not null), found);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(',').Select(int.Parse).ToList(), found);
    }
}
