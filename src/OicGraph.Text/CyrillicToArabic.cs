using System.Text;
using OicGraph.Text.Transliteration;

namespace OicGraph.Text;

/// <summary>
/// Kazakh Cyrillic → Kazakh Arabic script, reproducing Kazinform's converter (Cyrl2Tote, doc §0, §1.2): letter table
/// with the pair rules ия→يا, ий→ي, сц→س, тч→چ; one word-initial <c>ء</c> for words with ә ө ү і and none of ك گ ە
/// (hyphenated compounds count as one word); the <c>ев → يەۆ</c> rule; patronymics split; <c>, ? ;</c> → <c>، ؟ ؛</c>.
/// Anything that is not a Cyrillic letter passes through unchanged.
/// </summary>
public static class CyrillicToArabic
{
    public static string Convert(string cyrillic, TransliterationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cyrillic);
        options ??= TransliterationOptions.Kazinform;
        var output = new StringBuilder(cyrillic.Length + (cyrillic.Length >> 2));
        var i = 0;
        while (i < cyrillic.Length)
        {
            var c = cyrillic[i];
            if (IsWordChar(cyrillic, i))
            {
                var end = i + 1;
                while (end < cyrillic.Length && IsWordChar(cyrillic, end))
                {
                    end++;
                }

                var word = cyrillic.AsSpan(i, end - i);
                CyrillicWordConverter.Convert(word.Contains('i') || word.Contains('I') ? FoldLatinI(word) : word, options, output);
                i = end;
                continue;
            }

            output.Append(c switch { ',' => '،', '?' => '؟', ';' => '؛', _ => c });
            i++;
        }

        return output.ToString();
    }

    // Cyrl2Tote counts the hyphen as a letter. A Latin i between Cyrillic letters is a leaked і (бiр).
    private static bool IsWordChar(string s, int i)
    {
        var c = s[i];
        return c == '-' || CyrillicLetters.IsLetter(c)
            || (c is 'i' or 'I' && ((i > 0 && CyrillicLetters.IsLetter(s[i - 1])) || (i + 1 < s.Length && CyrillicLetters.IsLetter(s[i + 1]))));
    }

    private static ReadOnlySpan<char> FoldLatinI(ReadOnlySpan<char> word)
    {
        var chars = word.ToArray();
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = chars[k] switch { 'i' => 'і', 'I' => 'І', _ => chars[k] };
        }

        return chars;
    }
}
