namespace OicGraph.Text.Normalization;

/// Pass 5 (doc §1.2): writes the front-vowel flag the way Kazinform does — one ء at the start of a word that has no
/// ك گ ە. Words already in that shape are copied; others (ٴ, per-letter or mid-word hamza, flags from ٵ or Latin i,
/// rejoined abbreviations) are rewritten.
internal static class HamzaPass
{
    public static void Run(TextBuffer src, TextBuffer dst)
    {
        dst.Clear();
        var i = 0;
        while (i < src.Length)
        {
            if (!ArabicLetters.IsLetter(src[i]))
            {
                dst.CopyFrom(src, i);
                i++;
                continue;
            }

            var end = WordEnd(src, i);
            if (IsCanonical(src, i, end))
            {
                for (var k = i; k < end; k++)
                {
                    dst.CopyFrom(src, k);
                }
            }
            else
            {
                Rewrite(src, dst, i, end);
            }

            i = end;
        }
    }

    // A word: Arabic letters (hamza included), with hyphens between letters as in ءال-اقسا.
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

    private static bool IsCanonical(TextBuffer src, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = src[k];
            if (c == ArabicLetters.HighHamza || (c == ArabicLetters.Hamza && k != start))
            {
                return false;
            }
        }

        return true;
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
