namespace OicGraph.Text.Normalization;

/// Pass 4 (doc §1.6 step 8): Kazinform spells upper-case abbreviations letter by letter (ي ى ۇ, ق ر س ءى م); a run of at
/// least two one-letter tokens separated by single spaces becomes one token (يىۇ). و ۋ ە can be one-letter words, so a
/// run needs two other letters.
internal static class AbbreviationPass
{
    public static void Run(TextBuffer src, TextBuffer dst)
    {
        dst.Clear();
        var i = 0;
        while (i < src.Length)
        {
            if ((i == 0 || !IsWordChar(src[i - 1])) && ScanRun(src, i, out var runEnd) is var join && runEnd > i)
            {
                // A rejected run (only و ۋ ە) is copied whole, so it is scanned once.
                for (var k = i; k < runEnd; k++)
                {
                    if (!join || src[k] != ' ')
                    {
                        dst.CopyFrom(src, k);
                    }
                }

                i = runEnd;
                continue;
            }

            dst.CopyFrom(src, i);
            i++;
        }
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
