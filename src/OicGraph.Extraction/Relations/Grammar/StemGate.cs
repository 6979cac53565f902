namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// The first two letters of a few stems: a word that starts with none of them starts with no stem, so a pass over every
/// word of a document rules most words out with a couple of char compares before any prefix test or dictionary look-up.
/// </summary>
internal sealed class StemGate
{
    private readonly string[] _starts;

    public StemGate(IEnumerable<string> stems) => _starts = [.. stems.Select(s => s[..Math.Min(2, s.Length)]).Distinct(StringComparer.Ordinal)];

    /// <summary>False only when <paramref name="key"/> starts with none of the stems.</summary>
    public bool MayStart(string key)
    {
        foreach (var start in _starts)
        {
            if (start.Length == 0 || (key.Length >= start.Length && key[0] == start[0] && (start.Length == 1 || key[1] == start[1])))
            {
                return true;
            }
        }

        return false;
    }
}
