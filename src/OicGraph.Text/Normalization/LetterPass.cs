namespace OicGraph.Text.Normalization;

/// Pass 2 (doc §1.6 steps 1–5): legacy map or hamza-carrier letters, Persian/Arabic letter variants, precomposed front
/// vowels and the Latin-i leak turned into base letter + front mark (ٴ, resolved by <see cref="HamzaPass"/>),
/// Arabic-Indic digits and Arabic punctuation to ASCII.
internal static class LetterPass
{
    public static void Run(TextBuffer src, TextBuffer dst, bool legacy)
    {
        dst.Clear();
        var triggers = legacy ? PassTriggers.LegacyLetter : PassTriggers.Letter;
        var i = 0;
        while (i < src.Length)
        {
            // Copy the untouched run up to the next character this pass changes as one block.
            var next = src.Chars[i..].IndexOfAny(triggers);
            if (next < 0)
            {
                dst.CopyRange(src, i, src.Length);
                return;
            }

            dst.CopyRange(src, i, i + next);
            i += next;
            MapOne(src, dst, i, legacy);
            i++;
        }
    }

    private static void MapOne(TextBuffer src, TextBuffer dst, int i, bool legacy)
    {
        var c = legacy ? LegacyEncoding.Map(src[i]) : src[i];
        var (start, end) = (src.StartOf(i), src.EndOf(i));
        switch (c)
        {
            case '\u0675': // ٵ ٶ ٷ ٸ: base letter + front flag
                AppendFront(dst, ArabicLetters.Alef, start, end);
                break;
            case '\u0676':
                AppendFront(dst, ArabicLetters.Waw, start, end);
                break;
            case '\u0677':
                AppendFront(dst, ArabicLetters.U, start, end);
                break;
            case '\u0678':
                AppendFront(dst, ArabicLetters.AlefMaksura, start, end);
                break;
            case 'i' or 'I' or '\u0131' or '\u0130':
                if (IsLatinILeak(src, i))
                {
                    AppendFront(dst, ArabicLetters.AlefMaksura, start, end);
                }
                else
                {
                    dst.Append(c, start, end);
                }

                break;
            case '\u06CC' or '\u06D0': // Farsi yeh: final ى, else ي
                var final = i + 1 == src.Length || !ArabicLetters.IsLetter(src[i + 1]);
                dst.Append(final ? ArabicLetters.AlefMaksura : ArabicLetters.Yeh, start, end);
                break;
            default:
                dst.Append(MapVariant(c), start, end);
                break;
        }
    }

    private static void AppendFront(TextBuffer dst, char letter, int start, int end)
    {
        dst.Append(letter, start, end);
        dst.Append(ArabicLetters.HighHamza, end, end);
    }

    // Latin i inside an Arabic-script word (ۇكiمەتiنiڭ): an Arabic letter on one side and no Latin letter on the other.
    private static bool IsLatinILeak(TextBuffer src, int i)
    {
        var before = i > 0 ? src[i - 1] : ' ';
        var after = i + 1 < src.Length ? src[i + 1] : ' ';
        var arabicBefore = ArabicLetters.IsLetter(before) || (before is 'i' or 'I' && i > 1 && ArabicLetters.IsLetter(src[i - 2]));
        var arabicAfter = ArabicLetters.IsLetter(after);
        return (arabicBefore && !char.IsAsciiLetter(after)) || (arabicAfter && !char.IsAsciiLetter(before)) || (arabicBefore && arabicAfter);
    }

    private static char MapVariant(char c) => c switch
    {
        '\u0647' or '\u06C0' or '\u0629' => ArabicLetters.Ae, // heh (Win-1256, reshapers), ۀ, teh marbuta = ە
        '\u06A9' or '\u06AA' => ArabicLetters.Kaf,            // keheh, swash kaf
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => ArabicLetters.Alef,
        '\u0624' => ArabicLetters.Ve,
        '\u0626' => ArabicLetters.AlefMaksura,
        '\u0660' or '\u06F0' => '0', '\u0661' or '\u06F1' => '1', '\u0662' or '\u06F2' => '2',
        '\u0663' or '\u06F3' => '3', '\u0664' or '\u06F4' => '4', '\u0665' or '\u06F5' => '5',
        '\u0666' or '\u06F6' => '6', '\u0667' or '\u06F7' => '7', '\u0668' or '\u06F8' => '8',
        '\u0669' or '\u06F9' => '9',
        '\u060C' or '\u066C' => ',',
        '\u061B' => ';',
        '\u061F' => '?',
        '\u066A' => '%',
        '\u06D4' or '\u066B' => '.',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };
}
