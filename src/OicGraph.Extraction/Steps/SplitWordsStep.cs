using OicGraph.Text;

namespace OicGraph.Extraction.Steps;

/// <summary>Sentences and tokens of the normalised text (text layer), each token with its match key and sentence.</summary>
internal sealed class SplitWordsStep : IExtractionStep
{
    public string Name => "split-words";

    public void Run(ExtractionContext context)
    {
        var text = context.Normalized.Text;
        var sentences = SentenceSplitter.Bounds(text);
        var words = new List<Word>(text.Length / 6 + 1);
        var spans = new List<SentenceSpan>(sentences.Count);
        var s = 0;
        var first = 0;
        var position = 0;
        while (KazakhTokenizer.Next(text, ref position, out var start, out var tokenKind))
        {
            // A token before a sentence's start (a dialogue dash) belongs to that sentence; one after the last to the last.
            while (s < sentences.Count - 1 && start >= sentences[s].End)
            {
                spans.Add(new SentenceSpan(s, sentences[s].Start, sentences[s].End, first, words.Count));
                first = words.Count;
                s++;
            }

            var kind = KindOf(tokenKind);
            var tokenText = position - start == 1 ? OneChar(text[start]) : text[start..position];
            var key = kind == WordKind.Punctuation || IsOwnKey(tokenText) ? tokenText : MatchKeys.KeyOfNormalized(tokenText);
            words.Add(new Word(start, position, tokenText, key, kind, s));
        }

        if (sentences.Count == 0 && words.Count > 0)
        {
            spans.Add(new SentenceSpan(0, words[0].Start, words[^1].End, 0, words.Count));
        }
        else if (sentences.Count > 0)
        {
            spans.Add(new SentenceSpan(s, sentences[s].Start, sentences[s].End, first, words.Count));
            for (s++; s < sentences.Count; s++)
            {
                spans.Add(new SentenceSpan(s, sentences[s].Start, sentences[s].End, words.Count, words.Count));
            }
        }

        context.SetWords(words);
        context.Sentences = spans;
    }

    // A fifth of the tokens are one character (punctuation, و, ە): one shared string per character up to the Arabic block
    // instead of one per token. Filled on first use; two threads racing only store equal strings.
    private static readonly string?[] OneCharStrings = new string?[0x0700];

    private static string OneChar(char c)
    {
        if (c >= OneCharStrings.Length)
        {
            return c.ToString();
        }

        return OneCharStrings[c] ??= c.ToString();
    }

    private static WordKind KindOf(TokenKind kind) => kind switch
    {
        TokenKind.Word or TokenKind.Foreign => WordKind.Word,
        TokenKind.Number => WordKind.Number,
        _ => WordKind.Punctuation,
    };

    // Most words are their own key (no hamza, no ev or ts to fold): reuse the string instead of building a copy.
    private static bool IsOwnKey(string text)
    {
        var previous = '\0';
        foreach (var c in text)
        {
            if (c is < '\u0620' or > '\u06FF' or '\u0621' or '\u0674' || (c == '\u06C6' && previous == '\u06D5') || (c == '\u0633' && previous == '\u062A'))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }
}
