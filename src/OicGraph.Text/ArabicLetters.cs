namespace OicGraph.Text;

/// Character classes of the Kazakh Arabic script as Kazinform writes it (doc §1.1).
internal static class ArabicLetters
{
    public const char Hamza = '\u0621';        // ء, the word-level front-vowel flag
    public const char HighHamza = '\u0674';    // ٴ, MediaWiki / China-standard hamza
    public const char Alef = '\u0627';         // ا
    public const char Waw = '\u0648';          // و
    public const char U = '\u06C7';            // ۇ ұ/ү
    public const char Ve = '\u06CB';           // ۋ у
    public const char Oe = '\u06C6';           // ۆ в
    public const char AlefMaksura = '\u0649';  // ى ы/і
    public const char Yeh = '\u064A';          // ي и/й
    public const char Ae = '\u06D5';           // ە е/э
    public const char Kaf = '\u0643';          // ك
    public const char Gaf = '\u06AF';          // گ
    public const char Qaf = '\u0642';          // ق
    public const char Ain = '\u0639';          // ع ғ
    public const char Ng = '\u06AD';           // ڭ
    public const char Teh = '\u062A';          // ت
    public const char Seen = '\u0633';         // س
    public const char Tatweel = '\u0640';

    // The Arabic block U+0600–06FF as a table: IsLetter runs on every character of every pass.
    private static readonly bool[] Block = BuildBlock();

    /// An Arabic-script letter, including both hamza characters (but not tatweel, digits or punctuation).
    public static bool IsLetter(char c) =>
        (uint)(c - '\u0600') < 0x100u ? Block[c - '\u0600'] : c is >= '\u0750' and <= '\u077F';

    private static bool[] BuildBlock()
    {
        var block = new bool[0x100];
        for (var c = '\u0600'; c <= '\u06FF'; c++)
        {
            block[c - '\u0600'] = c is (>= '\u0620' and <= '\u063F') or (>= '\u0641' and <= '\u064A') or (>= '\u066E' and <= '\u066F')
                or (>= '\u0671' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FC')
                or '\u06FF' or HighHamza;
        }

        return block;
    }

    public static bool IsHamza(char c) => c is Hamza or HighHamza;

    /// Letters whose presence makes the whole word front, so the converter never writes a hamza with them.
    public static bool IsFrontCue(char c) => c is Kaf or Gaf or Ae;

    /// Letters that may stand for a vowel.
    public static bool IsVowelLetter(char c) => c is Alef or Waw or U or AlefMaksura or Ae or Yeh or Ve;
}
