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

    public LabelFeatures.RuleEnd[] RuleEnd { get; private set; } = new LabelFeatures.RuleEnd[64];

    public LabelFeatures.PostPlace[] Post { get; private set; } = new LabelFeatures.PostPlace[64];

    public bool[] Title { get; private set; } = new bool[64];

    public LabelFeatures.QuotePlace[] Quote { get; private set; } = new LabelFeatures.QuotePlace[64];

    /// <summary>For a word inside quotes, the stem of the word after the closing quote ("</s>": none); else null.</summary>
    public string?[] QuoteHead { get; private set; } = new string?[64];

    /// <summary>For a word inside quotes, the quote-head feature of <see cref="QuoteHead"/>, hashed once per word.</summary>
    public ulong[] QuoteHeadFeature { get; private set; } = new ulong[64];

    /// <summary>For a word inside quotes, the head-noun kind of the word after the closing quote.</summary>
    public HeadNouns.Kind[] QuoteHeadKind { get; private set; } = new HeadNouns.Kind[64];

    /// <summary>The nearest head noun after each word within <see cref="HeadReach"/> words of its clause: its kind, distance and stem.</summary>
    public (HeadNouns.Kind Kind, int Distance, string Key)[] HeadRight { get; private set; } = new (HeadNouns.Kind, int, string)[64];

    /// <summary>How far right a head noun is looked for: the longest organisation names run to about eight words.</summary>
    public const int HeadReach = 8;

    /// <summary>Each word's <see cref="KnownNames"/> bits: the training data's names it stands in.</summary>
    public long[] Names { get; private set; } = new long[64];

    private ulong[] _stems = new ulong[64];

    private bool[] _closes = new bool[64];

    /// <summary>Reads <paramref name="sentence"/>; <paramref name="describe"/> gives the description of the word at an index of the document.</summary>
    public void Read(ExtractionContext context, SentenceSpan sentence, Func<int, LabelFeatures.WordInfo> describe, KnownNames? names = null)
    {
        var n = sentence.EndWord - sentence.FirstWord;
        if (Words.Length < n)
        {
            var size = Math.Max(n, Words.Length * 2);
            Words = new LabelFeatures.WordInfo[size];
            Rule = new int[size];
            RuleEnd = new LabelFeatures.RuleEnd[size];
            Post = new LabelFeatures.PostPlace[size];
            Title = new bool[size];
            Quote = new LabelFeatures.QuotePlace[size];
            QuoteHead = new string?[size];
            QuoteHeadKind = new HeadNouns.Kind[size];
            QuoteHeadFeature = new ulong[size];
            HeadRight = new (HeadNouns.Kind, int, string)[size];
            Names = new long[size];
            _stems = new ulong[size];
            _closes = new bool[size];
        }

        Length = n;
        var first = sentence.FirstWord;
        // The list's own indexer where the words are a list (they are, from split-words): an interface call per word
        // showed among Read's samples.
        var list = context.Words as List<Word>;
        var words = context.Words;
        Array.Fill(Post, LabelFeatures.PostPlace.Outside, 0, n);
        Array.Clear(Title, 0, n);

        // A word in several posts takes the first one's B or I: mark the posts last to first.
        for (var p = context.Posts.Count - 1; p >= 0; p--)
        {
            var post = context.Posts[p];
            for (var k = Math.Max(post.First, first); k <= post.Last && k < sentence.EndWord; k++)
            {
                Post[k - first] = post.First == k ? LabelFeatures.PostPlace.Begin : LabelFeatures.PostPlace.Inside;
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
        Array.Clear(_closes, 0, n);

        // A mention's words share its type and whether it is a reference entity: one lookup of its id per mention.
        MentionDraft? lastOwner = null;
        var mentionCode = 0;
        for (var j = 0; j < n; j++)
        {
            var index = first + j;
            var word = list is not null ? list[index] : words[index];
            Words[j] = describe(index);
            var owner = context.OwnerOf(index);
            if (owner is not null && !ReferenceEquals(owner, lastOwner))
            {
                lastOwner = owner;
                mentionCode = LabelFeatures.MentionCode(context, owner);
            }

            Rule[j] = owner is null ? 0 : LabelFeatures.RuleCode(index, owner, mentionCode);
            if (word.Kind == WordKind.Punctuation)
            {
                RuleEnd[j] = LabelFeatures.RuleEnd.None;
                Post[j] = LabelFeatures.PostPlace.None;
                Title[j] = false;
                Quote[j] = LabelFeatures.QuotePlace.Punctuation;
                if (word.Text is "«" or "“" or "\"" && !quoted)
                {
                    quoted = true;
                }
                else if (word.Text is "»" or "”" or "\"")
                {
                    _closes[j] = quoted;
                    quoted = false;
                }

                continue;
            }

            RuleEnd[j] = owner is null ? LabelFeatures.RuleEnd.None : owner.Last == index ? LabelFeatures.RuleEnd.End : LabelFeatures.RuleEnd.Middle;
            Quote[j] = quoted ? LabelFeatures.QuotePlace.Inside : LabelFeatures.QuotePlace.Outside;
        }

        string? head = null;
        var headFeature = 0UL;
        var headKind = HeadNouns.Kind.None;
        for (var j = n - 1; j >= 0; j--)
        {
            if (_closes[j])
            {
                var after = j + 1 < n && Words[j + 1].IsWord;
                head = after ? Words[j + 1].Stem : "</s>";
                headFeature = after ? Words[j + 1].QuoteHeadFeature : LabelFeatures.QuoteHeadAtEnd;
                headKind = after ? Words[j + 1].Head : HeadNouns.Kind.None;
            }

            var inside = Quote[j] == LabelFeatures.QuotePlace.Inside;
            QuoteHead[j] = inside ? head : null;
            QuoteHeadFeature[j] = inside ? headFeature : 0;
            QuoteHeadKind[j] = inside ? headKind : HeadNouns.Kind.None;
        }

        if (names is { IsEmpty: false })
        {
            for (var j = 0; j < n; j++)
            {
                _stems[j] = Words[j].StemValue;
            }

            names.Match(_stems.AsSpan(0, n), Names);
        }
        else
        {
            Array.Clear(Names, 0, n);
        }

        // A clause boundary (comma, full stop, bracket) ends the search; quotes and hyphens do not.
        var next = -1;
        for (var j = n - 1; j >= 0; j--)
        {
            HeadRight[j] = next > j && next - j <= HeadReach ? (Words[next].Head, next - j, Words[next].Stem) : default;
            if (Words[j].Head != HeadNouns.Kind.None)
            {
                next = j;
            }
            else if (!Words[j].IsWord && Words[j].Key is not ("«" or "»" or "\"" or "“" or "”" or "-" or "—" or "–"))
            {
                next = -1;
            }
        }
    }
}
