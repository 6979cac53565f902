namespace OicGraph.Text.Normalization;

/// Pass 1 (doc §1.6 steps 1–2, 5): presentation forms and fullwidth ASCII expanded, combining hamza/madda composed, invisible marks dropped,
/// exotic spaces made plain, tatweel removed inside words and kept as a dash when it stands alone.
internal static class UnicodeFormPass
{
    public static void Run(TextBuffer src, TextBuffer dst)
    {
        dst.Clear();
        for (var i = 0; i < src.Length; i++)
        {
            var c = src[i];
            if (c < '\u0600' && c is not ('\u00A0' or '\u00AD' or '\u0306' or '\u0308'))
            {
                dst.CopyFrom(src, i);
                continue;
            }

            if (PresentationForms.Expand(c) is { } expansion)
            {
                dst.Append(expansion, src.StartOf(i), src.EndOf(i));
            }
            else if (c is >= '\uFF01' and <= '\uFF5E')
            {
                dst.Append((char)(c - 0xFEE0), src.StartOf(i), src.EndOf(i)); // fullwidth ASCII, as NFKC does
            }
            else if (IsInvisible(c))
            {
                // dropped: the surrounding spans still cover it
            }
            else if (IsOtherSpace(c))
            {
                dst.Append(' ', src.StartOf(i), src.EndOf(i));
            }
            else if (c == ArabicLetters.Tatweel)
            {
                var inWord = i > 0 && i + 1 < src.Length && ArabicLetters.IsLetter(src[i - 1]) && ArabicLetters.IsLetter(src[i + 1]);
                var alone = (i == 0 || char.IsWhiteSpace(src[i - 1])) && (i + 1 == src.Length || char.IsWhiteSpace(src[i + 1]));
                if (!inWord && alone)
                {
                    dst.Append('-', src.StartOf(i), src.EndOf(i));
                }
            }
            else if (IsCombining(c))
            {
                Compose(dst, c, src.StartOf(i), src.EndOf(i));
            }
            else
            {
                dst.CopyFrom(src, i);
            }
        }
    }

    private static void Compose(TextBuffer dst, char mark, int start, int end)
    {
        var composed = dst.Length == 0 ? '\0' : (dst.Last, mark) switch
        {
            ('\u0627', '\u0653') => '\u0622', // آ
            ('\u0627', '\u0654') => '\u0623', // أ
            ('\u0627', '\u0655') => '\u0625', // إ
            ('\u0648', '\u0654') => '\u0624', // ؤ
            ('\u064A', '\u0654') => '\u0626', // ئ
            ('\u06D5', '\u0654') => '\u06C0', // ۀ
            ('\u0648', '\u064F') => '\u06C7', // و + damma = ۇ (doc §1.5)
            ('\u0438', '\u0306') => '\u0439', // Cyrillic и + breve = й
            ('\u0418', '\u0306') => '\u0419',
            ('\u0435', '\u0308') => '\u0451', // е + diaeresis = ё
            ('\u0415', '\u0308') => '\u0401',
            _ => '\0',
        };
        if (composed != '\0')
        {
            dst.ReplaceLast(composed, end);
        }
        else if (mark is '\u0306' or '\u0308')
        {
            dst.Append(mark, start, end);
        }

        // Any other Arabic mark (harakat, lone hamza above) carries nothing Kazakh orthography uses: dropped.
    }

    private static bool IsCombining(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0306' or '\u0308';

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u061C' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
            or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    private static bool IsOtherSpace(char c) => c is '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';
}
