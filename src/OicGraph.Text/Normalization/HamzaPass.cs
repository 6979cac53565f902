namespace OicGraph.Text.Normalization;

/// Pass 5 (doc §1.2): writes the front-vowel flag the way Kazinform does — one ء at the start of a word that has no
/// ك گ ە. Words already in that shape are copied; others (ٴ, per-letter or mid-word hamza, flags from ٵ or Latin i,
/// rejoined abbreviations) are rewritten.
internal static class HamzaPass
{
    public static void Run(TextBuffer src, TextBuffer dst)
    {
        dst.Clear();
        var copied = 0;
        var i = 0;
        while (i < src.Length && src.Chars[i..].IndexOfAny(PassTriggers.Hamzas) is var found && found >= 0)
        {
            var at = i + found;
            if (src[at] == ArabicLetters.HighHamza || InsideWord(src, at))
            {
                var start = WordStart(src, at);
                var end = WordEnd(src, start);
                dst.CopyRange(src, copied, start);
                Rewrite(src, dst, start, end);
                copied = end;
                i = end;
                continue;
            }

            i = at + 1;
        }

        dst.CopyRange(src, copied, src.Length);
    }

    // A ء with a letter before it (or a hyphen inside a compound) is not at the start of its word.
    private static bool InsideWord(TextBuffer src, int at) =>
        at > 0 && (ArabicLetters.IsLetter(src[at - 1]) || (src[at - 1] == '-' && at > 1 && ArabicLetters.IsLetter(src[at - 2])));

    // A word: Arabic letters (hamza included), with hyphens between letters as in ءال-اقسا.
    private static int WordStart(TextBuffer src, int at)
    {
        var start = at;
        while (start > 0 && (ArabicLetters.IsLetter(src[start - 1]) || (src[start - 1] == '-' && start > 1 && ArabicLetters.IsLetter(src[start - 2]))))
        {
            start--;
        }

        return start;
    }

    private static int WordEnd(TextBuffer src, int i)
    {
        var end = i;
        while (end < src.Length)
        {
            if (ArabicLetters.IsLetter(src[end]))
            {
                end++;
            }
            else if (src[end] == '-' && end + 1 < src.Length && ArabicLetters.IsLetter(src[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static void Rewrite(TextBuffer src, TextBuffer dst, int start, int end)
    {
        var frontCue = false;
        for (var k = start; k < end; k++)
        {
            frontCue |= ArabicLetters.IsFrontCue(src[k]);
        }

        if (!frontCue)
        {
            dst.Append(ArabicLetters.Hamza, src.StartOf(start), src.StartOf(start));
        }

        for (var k = start; k < end; k++)
        {
            if (!ArabicLetters.IsHamza(src[k]))
            {
                dst.CopyFrom(src, k);
            }
        }
    }
}
