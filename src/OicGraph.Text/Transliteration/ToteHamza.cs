using System.Text;

namespace OicGraph.Text.Transliteration;

/// The front-vowel hamza of converted words (doc §1.2), in the two conventions of <see cref="HamzaStyle"/>.
internal static class ToteHamza
{
    // Cyrl2Tote: drop every hamza, then put one back at the start unless the word has ك گ ە.
    // Every candidate reading is converted forward to be validated, so this runs per candidate: the hamzas are dropped
    // by compacting in place, as StringBuilder.Replace with an empty string costs more than the whole word's mapping.
    public static void ApplyKazinform(StringBuilder tote)
    {
        var frontCue = false;
        var kept = 0;
        for (var k = 0; k < tote.Length; k++)
        {
            var c = tote[k];
            if (c == ArabicLetters.Hamza)
            {
                continue;
            }

            frontCue |= ArabicLetters.IsFrontCue(c);
            tote[kept++] = c;
        }

        tote.Length = kept;

        if (!frontCue)
        {
            tote.Insert(0, ArabicLetters.Hamza);
        }
    }

    // MediaWiki: per hyphen-separated part, ٴ unless the part has е э г ғ к қ (so төрағалық gets none).
    public static void ApplyMediaWiki(StringBuilder tote)
    {
        var parts = tote.ToString().Split('-');
        tote.Clear();
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            if (k > 0)
            {
                tote.Append('-');
            }

            if (part.Contains(ArabicLetters.Hamza, StringComparison.Ordinal))
            {
                part = part.Replace(ArabicLetters.Hamza.ToString(), string.Empty, StringComparison.Ordinal);
                if (part.AsSpan().IndexOfAny("كگەعق") < 0)
                {
                    tote.Append(ArabicLetters.HighHamza);
                }
            }

            tote.Append(part);
        }
    }
}
