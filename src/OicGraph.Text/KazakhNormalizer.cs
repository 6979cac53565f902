using OicGraph.Text.Normalization;

namespace OicGraph.Text;

/// <summary>
/// Normalises Kazakh Arabic-script text to the Kazinform convention (doc §1.6) while keeping an exact offset map.
/// </summary>
/// <remarks>
/// In order: presentation forms expanded (NFKC for Arabic, with offsets), combining hamza/madda composed, invisible and
/// bidi marks dropped, exotic spaces made plain, tatweel removed (a standalone one becomes <c>-</c>); the legacy 2014
/// font encoding detected and mapped; ه/ة→ە, ک→ك, Farsi yeh positional, أ إ آ→ا; ٵ ٶ ٷ ٸ, U+0674 and the Latin
/// <c>i</c> leak turned into base letter + front flag; Arabic-Indic digits and Arabic punctuation (، ؛ ؟ ٪ ۔) to ASCII;
/// a hamza before opening punctuation moved onto the word; hyphens touching a word on one side joined; letter-by-letter
/// abbreviations rejoined; finally the front flag written as one <c>ء</c> at the start of a word without ك گ ە.
/// Normalising twice gives the same text. Never throws on any string.
/// </remarks>
public static class KazakhNormalizer
{
    public static NormalizedText Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = new PassRunner(input);
        try
        {
            run.Pass(PassTriggers.NeedsUnicodeForm, UnicodeFormPass.Run);
            var legacy = LegacyEncoding.IsPresent(run.Current is { } afterForms ? afterForms.Chars : input);
            run.Pass(text => legacy || PassTriggers.NeedsLetter(text), (src, dst) => LetterPass.Run(src, dst, legacy));
            run.Pass(PassTriggers.NeedsSpacing, SpacingPass.Run);
            run.Pass(PassTriggers.NeedsAbbreviation, AbbreviationPass.Run);
            run.Pass(PassTriggers.NeedsHamza, HamzaPass.Run);
            return run.Result();
        }
        finally
        {
            run.Release();
        }
    }

    /// Runs the passes that have work to do, ping-ponging between two buffers; clean text is never copied.
    private sealed class PassRunner(string input)
    {
        // A document needs two buffers of ten bytes a character (char + original range): half of what normalising the
        // dev set allocated. Each thread keeps its pair for the next text; one held by a caller up the stack is not shared.
        private const int KeptCapacity = 1 << 20;

        [ThreadStatic]
        private static TextBuffer? t_first;

        [ThreadStatic]
        private static TextBuffer? t_second;

        private TextBuffer? _spare;

        public TextBuffer? Current { get; private set; }

        public void Pass(TextTest needed, Action<TextBuffer, TextBuffer> pass)
        {
            if (!needed(Current is null ? input.AsSpan() : Current.Chars))
            {
                return;
            }

            if (Current is null)
            {
                Current = Take(ref t_first, input.Length);
                Current.LoadOriginal(input);
            }

            _spare ??= Take(ref t_second, Current.Length);
            pass(Current, _spare);
            (Current, _spare) = (_spare, Current);
        }

        public NormalizedText Result()
        {
            if (Current is null || Current.Chars.SequenceEqual(input))
            {
                return new NormalizedText(input, input, null, null);
            }

            var (starts, ends) = Current.CopyRanges();
            return new NormalizedText(input, Current.ToString(), starts, ends);
        }

        public void Release()
        {
            Keep(ref t_first, Current);
            Keep(ref t_second, _spare);
            (Current, _spare) = (null, null);
        }

        private static TextBuffer Take(ref TextBuffer? slot, int length)
        {
            var buffer = slot ?? new TextBuffer(length + (length >> 3));
            slot = null;
            return buffer;
        }

        private static void Keep(ref TextBuffer? slot, TextBuffer? buffer)
        {
            if (buffer is not null && buffer.Capacity <= KeptCapacity)
            {
                slot = buffer;
            }
        }
    }

    private delegate bool TextTest(ReadOnlySpan<char> text);
}
