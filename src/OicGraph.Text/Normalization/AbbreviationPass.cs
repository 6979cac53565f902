namespace OicGraph.Text.Normalization;

/// Pass 4 (doc §1.6 step 8): Kazinform spells upper-case abbreviations letter by letter (ي ى ۇ, ق ر س ءى م); a run of at
/// least two one-letter tokens separated by single spaces becomes one token (يىۇ). و ۋ ە can be one-letter words, so a
/// run needs two other letters.
internal static class AbbreviationPass
{
    public static void Run(TextBuffer src, TextBuffer dst)
    {
        dst.Clear();
        var copied = 0;
        var space = NextSpace(src, 0);
        while (space >= 0)
        {
            // A run can only start at the one-letter token just before a space.
            var start = TokenStart(src, space);
            var join = false;
            var runEnd = space + 1;
            if (start >= copied)
            {
                join = ScanRun(src, start, out var scanned);
                runEnd = Math.Max(runEnd, scanned); // a rejected run has no joinable part: scan it once
            }

            if (join)
            {
                dst.CopyRange(src, copied, start);
                for (var k = start; k < runEnd; k++)
                {
                    if (src[k] != ' ')
                    {
                        dst.CopyFrom(src, k);
                    }
                }

                copied = runEnd;
                space = NextSpace(src, runEnd);
                continue;
            }

            space = NextSpace(src, runEnd);
        }

        dst.CopyRange(src, copied, src.Length);
    }

    private static int NextSpace(TextBuffer src, int from)
    {
        var found = from < src.Length ? src.Chars[from..].IndexOf(' ') : -1;
        return found < 0 ? -1 : from + found;
    }

    // Start of a one-letter token (optional hamza + letter) ending right before the space, or -1.
    private static int TokenStart(TextBuffer src, int space)
    {
        var letter = space - 1;
        if (letter < 0 || !ArabicLetters.IsLetter(src[letter]) || ArabicLetters.IsHamza(src[letter]))
        {
            return -1;
        }

        var start = letter > 0 && ArabicLetters.IsHamza(src[letter - 1]) ? letter - 1 : letter;
        return start == 0 || !IsWordChar(src[start - 1]) ? start : -1;
    }

    /// Whether a run of one-letter tokens starting at <paramref name="start"/> should be joined; <paramref name="runEnd"/> is its end.
    private static bool ScanRun(TextBuffer src, int start, out int runEnd)
    {
        runEnd = start;
        var tokens = 0;
        var strong = 0;
        var at = start;
        while (SingleLetterEnd(src, at) is var end && end > 0)
        {
            tokens++;
            if (src[end - 1] is not (ArabicLetters.Waw or ArabicLetters.Ve or ArabicLetters.Ae))
            {
                strong++;
            }

            runEnd = end;
            if (end + 1 < src.Length && src[end] == ' ')
            {
                at = end + 1;
                continue;
            }

            break;
        }

        return tokens >= 2 && strong >= 2;
    }

    /// End of a one-letter token (optional hamza + one letter) starting at <paramref name="at"/>, or -1.
    private static int SingleLetterEnd(TextBuffer src, int at)
    {
        if (at < src.Length && ArabicLetters.IsHamza(src[at]))
        {
            at++;
        }

        if (at >= src.Length || !ArabicLetters.IsLetter(src[at]) || ArabicLetters.IsHamza(src[at]))
        {
            return -1;
        }

        var end = at + 1;
        return end < src.Length && IsWordChar(src[end]) ? -1 : end;
    }

    private static bool IsWordChar(char c) => ArabicLetters.IsLetter(c) || char.IsLetterOrDigit(c);
}
