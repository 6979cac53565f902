namespace OicGraph.Text.Transliteration;

/// Guesses front/back for each vowel letter of a hamza-free word (doc §1.3): nearest cue (ك گ ە and the hamza front,
/// ق ع back) in native words; in loanwords а/о stay as written and ы/і follow the vowel before.
internal static class Harmony
{
    public static Func<int, bool> Guess(string letters, bool hamza)
    {
        var frontCue = false;
        var stemEnd = StemEnd(letters);
        for (var k = 0; k < stemEnd; k++)
        {
            frontCue |= ArabicLetters.IsFrontCue(letters[k]);
        }

        if (!hamza && !frontCue)
        {
            return _ => false; // no hamza and no ك گ ە: the converter proves every vowel back
        }

        if (IsLoan(letters, hamza))
        {
            var front = new bool[letters.Length];
            var previousFront = false;
            for (var k = 0; k < letters.Length; k++)
            {
                var c = letters[k];

                // ы/і follow the vowel before; ұ/ү are Kazakh vowels (Түркия), so the cue letters decide them.
                front[k] = c switch
                {
                    ArabicLetters.AlefMaksura => previousFront,
                    ArabicLetters.U => NearestCueIsFront(letters, k, hamza, stemEnd),
                    _ => false,
                };

                // -ев/-ов surnames take the suffixes of the Kazakh stem (Назарбаевтың): their е does not count.
                if (letters.AsSpan(k).StartsWith("ەۆ") || letters.AsSpan(k).StartsWith("يەۆ"))
                {
                    continue;
                }

                previousFront = c switch
                {
                    ArabicLetters.Ae or ArabicLetters.Yeh => true,
                    ArabicLetters.AlefMaksura or ArabicLetters.U => front[k],
                    ArabicLetters.Alef or ArabicLetters.Waw or ArabicLetters.Ve => false,
                    _ => previousFront,
                };
            }

            return k => front[k];
        }

        var stan = letters.IndexOf("ستان", StringComparison.Ordinal);
        return k => (stan < 0 || k < stan) && NearestCueIsFront(letters, k, hamza, stan < 0 ? stemEnd : stan);
    }

    // Instrumental -мен/-бен/-пен has no back form, so its ە says nothing about the stem.
    private static int StemEnd(string letters)
    {
        foreach (var ending in (ReadOnlySpan<string>)["مەن", "بەن", "پەن"])
        {
            if (letters.Length > ending.Length + 1 && letters.EndsWith(ending, StringComparison.Ordinal))
            {
                return letters.Length - ending.Length;
            }
        }

        return letters.Length;
    }

    private static bool NearestCueIsFront(string letters, int k, bool hamza, int stemEnd)
    {
        var best = int.MaxValue;
        var front = hamza;
        if (hamza)
        {
            best = k + 1;
        }

        for (var j = 0; j < stemEnd; j++)
        {
            var c = letters[j];
            var cue = ArabicLetters.IsFrontCue(c) ? 1 : c is ArabicLetters.Qaf or ArabicLetters.Ain ? -1 : 0;
            var distance = Math.Abs(j - k);
            if (cue != 0 && (distance < best || (distance == best && j < k)))
            {
                best = distance;
                front = cue > 0;
            }
        }

        return front;
    }

    /// Russian/international loans: ф х в ч ц щ, doubled consonants, two consonants or р/л at the start, и between consonants.
    /// An initial р/л with a hamza is a naturalised word (рөл), not a loan.
    public static bool IsLoan(string letters, bool hamza)
    {
        if (letters.Length == 0)
        {
            return false;
        }

        if ((letters[0] is 'ر' or 'ل' && !hamza) || (letters.Length > 1 && !ReverseUnits.IsVowel(letters[0]) && !ReverseUnits.IsVowel(letters[1]) && letters[1] != '-'))
        {
            return true;
        }

        for (var k = 0; k < letters.Length; k++)
        {
            var c = letters[k];
            if (c is 'ف' or 'ح' or 'ۆ' or 'چ')
            {
                return true;
            }

            // Doubled consonants that native morpheme joins do not make (сс, тт, кк+е do: бөліссеңіз, мүшелікке).
            if (k > 0 && c == letters[k - 1] && (c is 'م' or 'پ' or 'ب' or 'ر' or 'ف'
                || (c is 'ك' or 'گ' && (k + 1 == letters.Length || letters[k + 1] != ArabicLetters.Ae))))
            {
                return true;
            }

            // Consonant + يا is -ия (Азия, технология, медиа).
            if (c == ArabicLetters.Yeh && k > 0 && k + 1 < letters.Length && letters[k + 1] == ArabicLetters.Alef && !ReverseUnits.IsVowel(letters[k - 1]))
            {
                return true;
            }

            if (c == ArabicLetters.Yeh && k > 0 && !ReverseUnits.IsVowel(letters[k - 1])
                && (k + 1 == letters.Length || !ReverseUnits.IsVowel(letters[k + 1])))
            {
                return true;
            }

            if (c == ArabicLetters.Teh && k + 1 < letters.Length && letters[k + 1] == ArabicLetters.Seen && k + 2 < letters.Length && letters[k + 2] == ArabicLetters.Yeh)
            {
                return true;
            }
        }

        return false;
    }
}
