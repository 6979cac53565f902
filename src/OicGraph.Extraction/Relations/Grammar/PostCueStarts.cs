namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// The words of a document at which a post cue starts (<see cref="RoleCues.At"/> up to the document's end), read once:
/// the pre-passes look for a post at every word, and a document's words never change after split-words. A cue that
/// must end before an earlier word (a sentence's end) can only start where one ending anywhere does.
/// </summary>
internal sealed class PostCueStarts
{
    private readonly bool[] _starts;

    public PostCueStarts(IReadOnlyList<Word> words)
    {
        _starts = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            _starts[i] = RoleCues.At(words, i, words.Count) is not null;
        }
    }

    /// <summary>Whether a post cue starts at <paramref name="word"/> (ending anywhere up to the document's end).</summary>
    public bool At(int word) => _starts[word];
}
