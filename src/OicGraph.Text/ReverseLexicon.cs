using OicGraph.Text.Transliteration;

namespace OicGraph.Text;

/// <summary>
/// Cyrillic words or names the reverse transliterator trusts first (doc §7.4): each is compiled to its Arabic match key
/// with <see cref="CyrillicToArabic"/>, so an Arabic word with that key (or that key plus nominal suffixes) reads back as
/// the given Cyrillic spelling.
/// </summary>
public sealed class ReverseLexicon
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal);

    public ReverseLexicon(IEnumerable<string> cyrillicWords)
    {
        ArgumentNullException.ThrowIfNull(cyrillicWords);
        foreach (var word in cyrillicWords)
        {
            if (!string.IsNullOrWhiteSpace(word))
            {
                Add(MatchKeys.Key(CyrillicToArabic.Convert(word.Trim())), word.Trim());
                Add(MatchKeys.Key(CyrillicToArabic.Convert(word.Trim(), TransliterationOptions.Egemen)), word.Trim());
            }
        }
    }

    /// <summary>No entries: rules only.</summary>
    public static ReverseLexicon Empty { get; } = new([]);

    /// <summary>A small built-in lexicon: OIC member and observer names, places, titles and loanwords of the seed domain.</summary>
    public static ReverseLexicon Default { get; } = new(BuiltInLexicon.Words);

    public int Count => _byKey.Count;

    /// <summary>Words in the longest entry: multiword names (Сауд Арабиясы) are matched as phrases.</summary>
    public int MaxWords { get; private set; } = 1;

    /// <summary>A lexicon with <paramref name="cyrillicWords"/> first and this lexicon's entries behind them.</summary>
    public ReverseLexicon Extend(IEnumerable<string> cyrillicWords)
    {
        var extended = new ReverseLexicon(cyrillicWords);
        foreach (var (key, cyrillic) in _byKey)
        {
            extended.Add(key, cyrillic);
        }

        return extended;
    }

    private void Add(string key, string cyrillic)
    {
        if (key.Length > 0 && _byKey.TryAdd(key, cyrillic))
        {
            MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                _phraseStarts.Add(key[..space]);
            }
        }
    }

    /// Whether some multiword entry starts with this word key: phrases are only tried from such words.
    internal bool StartsPhrase(string wordKey) => _phraseStarts.Contains(wordKey);

    internal bool TryGet(string key, out string cyrillic) => _byKey.TryGetValue(key, out cyrillic!);

    internal bool Contains(string key) => _byKey.ContainsKey(key);
}
