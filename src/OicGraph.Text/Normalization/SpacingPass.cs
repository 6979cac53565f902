namespace OicGraph.Text.Normalization;

/// Pass 3 (doc §1.6 steps 6–7): a hamza written before opening punctuation (ء«تىل) moves after it, and a hyphen touching
/// a word on exactly one side loses the spaces on its other side (سونداي- اق → سونداي-اق, 1969 -جىلى → 1969-جىلى).
internal static class SpacingPass
{
    public static void Run(TextBuffer src, TextBuffer dst)
    {
        dst.Clear();
        for (var i = 0; i < src.Length; i++)
        {
            var skip = src.Chars[i..].IndexOfAny(PassTriggers.Spacing);
            if (skip < 0)
            {
                dst.CopyRange(src, i, src.Length);
                return;
            }

            dst.CopyRange(src, i, i + skip);
            i += skip;
            var c = src[i];
            if (ArabicLetters.IsHamza(c) && TryMoveHamza(src, dst, i, out var next))
            {
                i = next - 1;
                continue;
            }

            if (c == '-' && i + 1 < src.Length && src[i + 1] == '-')
            {
                // A run of hyphens is a dash: neither end of it can join a word.
                var end = i + 2;
                while (end < src.Length && src[end] == '-')
                {
                    end++;
                }

                dst.CopyRange(src, i, end);
                i = end - 1;
                continue;
            }

            if (c == '-')
            {
                i = JoinHyphen(src, dst, i);
                continue;
            }

            dst.CopyFrom(src, i);
        }
    }

    private static bool TryMoveHamza(TextBuffer src, TextBuffer dst, int i, out int next)
    {
        next = i + 1;
        if (i > 0 && !char.IsWhiteSpace(src[i - 1]) && !IsOpening(src[i - 1]))
        {
            return false;
        }

        while (next < src.Length && IsOpening(src[next]))
        {
            next++;
        }

        if (next == i + 1 || next == src.Length || !ArabicLetters.IsLetter(src[next]))
        {
            return false;
        }

        for (var k = i + 1; k < next; k++)
        {
            dst.CopyFrom(src, k);
        }

        // The hamza now sits on the word: give it an empty range at the word's start so the word's span excludes the quote.
        dst.Append(ArabicLetters.Hamza, src.StartOf(next), src.StartOf(next));
        return true;
    }

    /// Returns the index of the last source character consumed.
    private static int JoinHyphen(TextBuffer src, TextBuffer dst, int i)
    {
        var leftTouches = i > 0 && IsWordChar(src[i - 1]);
        var rightTouches = i + 1 < src.Length && IsWordChar(src[i + 1]);
        if (leftTouches && !rightTouches)
        {
            var k = i + 1;
            while (k < src.Length && src[k] is ' ' or '\t')
            {
                k++;
            }

            dst.CopyFrom(src, i);
            return k > i + 1 && k < src.Length && IsWordChar(src[k]) ? k - 1 : i;
        }

        if (rightTouches && !leftTouches)
        {
            var k = dst.Length;
            while (k > 0 && dst[k - 1] is ' ' or '\t')
            {
                k--;
            }

            if (k < dst.Length && k > 0 && IsWordChar(dst[k - 1]))
            {
                while (dst.Length > k)
                {
                    dst.RemoveLast();
                }
            }
        }

        dst.CopyFrom(src, i);
        return i;
    }

    private static bool IsWordChar(char c) => ArabicLetters.IsLetter(c) || char.IsLetterOrDigit(c);

    private static bool IsOpening(char c) => c is '«' or '“' or '"' or '„' or '‘' or '\'' or '(' or '[' or '‹';
}
