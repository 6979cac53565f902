namespace OicGraph.Text.Tests;

public sealed class KazakhTokenizerTests
{
    [Fact]
    public void Tokenizes_a_seed_sentence_with_offsets()
    {
        const string text = "ۇيىم 1969-جىلى قۇرىلدى, «The role» G-20 يىۇ-داعى.";
        var tokens = KazakhTokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Equal(
            ["ۇيىم", "1969", "-", "جىلى", "قۇرىلدى", ",", "«", "The", "role", "»", "G-20", "يىۇ-داعى", "."],
            tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(TokenKind.Foreign, tokens[7].Kind);
        Assert.Equal(TokenKind.Word, tokens[11].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[^1].Kind);
    }

    [Fact]
    public void Next_walks_the_same_tokens_as_Tokenize_without_copying_them()
    {
        const string text = "  ۇيىم 1969-جىلى قۇرىلدى, «The role» G-20 يىۇ-داعى... ٪5 ";
        var walked = new List<Token>();
        var position = 0;
        while (KazakhTokenizer.Next(text, ref position, out var start, out var kind))
        {
            walked.Add(new Token(start, position, text[start..position], kind));
        }

        Assert.Equal(KazakhTokenizer.Tokenize(text), walked);
        Assert.Equal(text.Length, position);
        Assert.False(KazakhTokenizer.Next(text, ref position, out _, out _));
    }
}
