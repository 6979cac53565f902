namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// Lexicon entries (kept in their given order) by the first two letters a word must start with to match one: a word
/// then tries only the few entries of its own two letters, not every entry of its first letter. An entry whose required
/// prefix is one letter long is among the candidates of every word starting with that letter; one with no required
/// prefix is among everyone's.
/// </summary>
internal sealed class TwoLetterIndex<T>
{
    private readonly Dictionary<int, T[]> _byTwoLetters = [];
    private readonly Dictionary<char, T[]> _oneLetterOnly = [];
    private readonly T[] _anyWord;

    // The same answers for a key whose first two letters are Arabic (nearly every word): one row per first letter that
    // starts an entry, indexed by the second letter, so the look-up is two array reads instead of two dictionary probes.
    private readonly T[][]?[] _arabicRows = new T[][]?[ArabicBlock];

    /// <param name="entries">The entries in the order a look-up tries them (longest first, say).</param>
    /// <param name="prefix">The letters (none, one or two) every word matching the entry starts with.</param>
    public TwoLetterIndex(IEnumerable<T> entries, Func<T, string> prefix)
    {
        var ordered = entries.Select(e => (Entry: e, Prefix: prefix(e))).ToList();
        if (ordered.Any(e => e.Prefix.Length > 2))
        {
            throw new ArgumentException("an entry's required prefix is at most two letters", nameof(prefix));
        }

        _anyWord = [.. ordered.Where(e => e.Prefix.Length == 0).Select(e => e.Entry)];
        foreach (var first in ordered.Where(e => e.Prefix.Length > 0).Select(e => e.Prefix[0]).Distinct())
        {
            _oneLetterOnly[first] = [.. ordered.Where(e => e.Prefix.Length == 0 || (e.Prefix.Length == 1 && e.Prefix[0] == first)).Select(e => e.Entry)];
            foreach (var second in ordered.Where(e => e.Prefix.Length == 2 && e.Prefix[0] == first).Select(e => e.Prefix[1]).Distinct())
            {
                _byTwoLetters[Pair(first, second)] = [.. ordered
                    .Where(e => e.Prefix.Length == 0 || (e.Prefix[0] == first && (e.Prefix.Length == 1 || e.Prefix[1] == second)))
                    .Select(e => e.Entry)];
            }
        }

        foreach (var (first, oneLetter) in _oneLetterOnly)
        {
            if (IsArabic(first))
            {
                var row = new T[ArabicBlock][];
                for (var second = 0; second < ArabicBlock; second++)
                {
                    row[second] = _byTwoLetters.TryGetValue(Pair(first, (char)(ArabicStart + second)), out var pairEntries) ? pairEntries : oneLetter;
                }

                _arabicRows[first - ArabicStart] = row;
            }
        }
    }

    private const int ArabicStart = 0x0600;
    private const int ArabicBlock = 0x100;

    private static bool IsArabic(char c) => (uint)(c - ArabicStart) < ArabicBlock;

    /// <summary>The entries <paramref name="key"/> may match, in the given order; every other entry cannot match it.</summary>
    public T[] Candidates(string key)
    {
        if (key.Length == 0)
        {
            return _anyWord;
        }

        if (key.Length >= 2 && IsArabic(key[0]) && IsArabic(key[1]))
        {
            return _arabicRows[key[0] - ArabicStart] is { } row ? row[key[1] - ArabicStart] : _anyWord;
        }

        if (key.Length >= 2 && _byTwoLetters.TryGetValue(Pair(key[0], key[1]), out var entries))
        {
            return entries;
        }

        return _oneLetterOnly.TryGetValue(key[0], out var oneLetter) ? oneLetter : _anyWord;
    }

    private static int Pair(char first, char second) => (first << 16) | second;
}
