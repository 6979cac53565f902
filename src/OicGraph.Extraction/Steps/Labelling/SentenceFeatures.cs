namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// One sentence as the labeller reads it: each word's description and what its sentence says of it (what the rules made
/// of it, whether it is in a post or a title, inside quotes). Reused from sentence to sentence of a document.
/// </summary>
internal sealed class SentenceFeatures
{
    public int Length { get; private set; }

    public LabelFeatures.WordInfo[] Words { get; private set; } = new LabelFeatures.WordInfo[64];

    public int[] Rule { get; private set; } = new int[64];

    /// <summary>Whether the rules' mention ends at the word: "", "end", "mid".</summary>
    public string[] RuleEnd { get; private set; } = new string[64];

    /// <summary>Where the word stands in a post: "B", "I", "O" ("" for punctuation).</summary>
    public string[] Post { get; private set; } = new string[64];

    public bool[] Title { get; private set; } = new bool[64];

    /// <summary>"in" or "out" of quotes, "p" for punctuation.</summary>
    public string[] Quote { get; private set; } = new string[64];

    /// <summary>Reads <paramref name="sentence"/>; <paramref name="describe"/> gives the description of the word at an index of the document.</summary>
    public void Read(ExtractionContext context, SentenceSpan sentence, Func<int, LabelFeatures.WordInfo> describe)
    {
        var n = sentence.EndWord - sentence.FirstWord;
        if (Words.Length < n)
        {
            var size = Math.Max(n, Words.Length * 2);
            Words = new LabelFeatures.WordInfo[size];
            Rule = new int[size];
            RuleEnd = new string[size];
            Post = new string[size];
            Title = new bool[size];
            Quote = new string[size];
        }

        Length = n;
        var first = sentence.FirstWord;
        var words = context.Words;
        Array.Fill(Post, "O", 0, n);
        Array.Clear(Title, 0, n);

        // A word in several posts takes the first one's B or I: mark the posts last to first.
        for (var p = context.Posts.Count - 1; p >= 0; p--)
        {
            var post = context.Posts[p];
            for (var k = Math.Max(post.First, first); k <= post.Last && k < sentence.EndWord; k++)
            {
                Post[k - first] = post.First == k ? "B" : "I";
            }
        }

        foreach (var title in context.Titles)
        {
            for (var k = Math.Max(title.First, first); k <= title.Last && k < sentence.EndWord; k++)
            {
                Title[k - first] = true;
            }
        }

        var quoted = false;
        for (var j = 0; j < n; j++)
        {
            var index = first + j;
            var word = words[index];
            Words[j] = describe(index);
            Rule[j] = LabelFeatures.RuleCode(context, index);
            if (word.Kind == WordKind.Punctuation)
            {
                RuleEnd[j] = "";
                Post[j] = "";
                Title[j] = false;
                Quote[j] = "p";
                if (word.Text is "«" or "“" or "\"" && !quoted)
                {
                    quoted = true;
                }
                else if (word.Text is "»" or "”" or "\"")
                {
                    quoted = false;
                }

                continue;
            }

            var owner = context.OwnerOf(index);
            RuleEnd[j] = owner is null ? "" : owner.Last == index ? "end" : "mid";
            Quote[j] = quoted ? "in" : "out";
        }
    }
}
