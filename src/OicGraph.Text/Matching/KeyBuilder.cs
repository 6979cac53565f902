namespace OicGraph.Text.Matching;

/// Builds the match key of already-normalised text: hamza dropped, words joined by one space, the ev-rule unified and
/// ц's تس folded to س. Letters, digits and inner hyphens are kept; anything else separates words.
internal static class KeyBuilder
{
    public static string Build(ReadOnlySpan<char> normalized)
    {
        var buffer = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        var length = 0;
        var wordStart = 0;
        foreach (var c in normalized)
        {
            if (ArabicLetters.IsHamza(c))
            {
                continue;
            }

            if (!IsKeyChar(c))
            {
                if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                    wordStart = length;
                }

                continue;
            }

            if (c == ArabicLetters.Oe && length - 1 > wordStart && buffer[length - 1] == ArabicLetters.Ae)
            {
                // Kazinform writes Назарбаев نازاربايەۆ, Egemen نازارباەۆ; Cyrl2Tote even adds ي after ي (الييەۆ).
                // Dropping every non-initial ي before ەۆ gives both the same key.
                var ae = length - 1;
                var k = ae;
                while (k - 1 > wordStart && buffer[k - 1] == ArabicLetters.Yeh)
                {
                    k--;
                }

                if (k < ae)
                {
                    buffer[k] = ArabicLetters.Ae;
                    length = k + 1;
                }
            }
            else if (c == ArabicLetters.Seen && length > wordStart && buffer[length - 1] == ArabicLetters.Teh)
            {
                // ц is written تس or س, even within one site: fold to س.
                length--;
            }

            buffer[length++] = c;
        }

        while (length > 0 && buffer[length - 1] is ' ' or '-')
        {
            length--;
        }

        return new string(buffer[..length]);
    }

    private static bool IsKeyChar(char c) => ArabicLetters.IsLetter(c) || char.IsLetterOrDigit(c) || c == '-';
}
