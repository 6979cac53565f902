using System.Security.Cryptography;
using System.Text;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>
/// A document's content hash is read in chunks; it must stay the SHA-256 of the whole text's UTF-8 bytes wherever a
/// chunk boundary falls, including inside a surrogate pair and at a lone surrogate, or re-posted texts stop matching the
/// hashes already stored.
/// </summary>
public sealed class DocumentHashTests
{
    private const string Sentence = "قازاقستان يسلام ىنتىماقتاستىق ۇيىمىنا 1995 جىلى مۇشە بولدى.";

    // The texts are built inside the test from their names: xunit serialises theory data for discovery, and a lone
    // surrogate does not survive that round trip (it arrives as U+FFFD, which hides the very case under test).
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["empty"] = "",
        ["Latin"] = "abc",
        ["one Arabic-script sentence"] = Sentence,
        ["many chunks of Arabic script"] = string.Concat(Enumerable.Repeat(Sentence, 200)),
        ["a pair split by the first chunk boundary"] = new string('a', 1023) + "😀" + "tail",
        ["a pair just after the first chunk boundary"] = new string('a', 1024) + "😀",
        ["pairs across every boundary"] = string.Concat(Enumerable.Repeat("😀" + new string('ب', 333), 20)),
        ["a lone high surrogate at a chunk boundary"] = new string('a', 1023) + "\uD83D" + "b",
        ["a lone high surrogate at the end"] = "abc\uD83D",
        ["a lone low surrogate"] = "a\uDE00b",
        ["a text of exactly one chunk"] = new string('ق', 1024),
    };

    public static TheoryData<string> Shapes() => new(Texts.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Hash_is_the_sha256_of_the_whole_texts_utf8_bytes(string shape)
    {
        var text = Texts[shape];
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, Document.HashOf(text));
    }

    [Fact]
    public void Hash_of_abc_is_the_published_sha256_test_vector()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Document.HashOf("abc"));
    }
}
