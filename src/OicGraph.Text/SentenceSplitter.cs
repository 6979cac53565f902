using System.Buffers;

namespace OicGraph.Text;

/// <summary>
/// Splits Kazakh Arabic-script text (raw or normalised) into sentences with offsets into the string given: after
/// <c>. ? ؟ ! …</c> (and closing quotes) followed by whitespace, and at every line break (paragraphs, dialogue turns).
/// A dot after a one-letter token is an initial (<c>ن. نازاربايەۆ</c>, <c>ت. ب</c>) and does not end a sentence.
/// A leading dialogue dash (<c>- </c>, <c>— </c>) is left out of the sentence; sentences are trimmed.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\u2029.?؟!…۔");

    public static IReadOnlyList<Sentence> Split(string text) => [.. Bounds(text).Select(b => new Sentence(b.Start, b.End, text[b.Start..b.End]))];

    /// <summary>The sentences of <see cref="Split(string)"/> as offsets only, for a caller that does not need their text copied.</summary>
    public static IReadOnlyList<(int Start, int End)> Bounds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Only line breaks and terminators matter: jump to the next one (a vectorised scan) instead of testing each char.
            var skip = text.AsSpan(i).IndexOfAny(Breaks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
            else if (IsTerminator(c))
            {
                if (EndsSentence(text, i, out var end))
                {
                    Add(text, start, end, sentences);
                    start = end;
                }

                i = end; // the run of terminators is scanned once
                continue;
            }

            i++;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>Splits normalised text and reports each sentence in offsets of <see cref="NormalizedText.Original"/>.</summary>
    public static IReadOnlyList<Sentence> Split(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Split(text.Text).Select(s => text.ToOriginalSpan(s.Start, s.End) is var (start, end)
            ? new Sentence(start, end, text.Original[start..end]) : s)];
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '؟' or '!' or '…' or '۔';

    /// Whether the terminator at <paramref name="i"/> ends a sentence; <paramref name="end"/> is after the closing run.
    private static bool EndsSentence(string text, int i, out int end)
    {
        end = i + 1;
        while (end < text.Length && (IsTerminator(text[end]) || text[end] is '»' or '”' or '"' or ')' or '’' or '\''))
        {
            end++;
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false; // ar.inform.kz, 1.5, ن.ءا.نازارباەۆ
        }

        return text[i] != '.' || end - i > 1 || !FollowsInitial(text, i);
    }

    // A dot after a one-letter token (optionally hamza + letter): ن. نازاربايەۆ, ت. ب, Latin/Cyrillic initials too.
    private static bool FollowsInitial(string text, int dot)
    {
        var k = dot - 1;
        if (k < 0 || !char.IsLetter(text[k]))
        {
            return false;
        }

        k--;
        if (k >= 0 && ArabicLetters.IsHamza(text[k]))
        {
            k--;
        }

        return k < 0 || !char.IsLetterOrDigit(text[k]);
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // A dialogue turn starts with a dash: "- يسلام ..." keeps the sentence, not the dash.
        if (start + 1 < end && text[start] is '-' or '—' or '–' && char.IsWhiteSpace(text[start + 1]))
        {
            start += 2;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
