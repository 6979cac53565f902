using System.Collections.Concurrent;
using OicGraph.Text.Transliteration;

namespace OicGraph.Text;

/// <summary>
/// Cyrillic words or names the reverse transliterator trusts first (doc §7.4): each is compiled to its Arabic match key
/// with <see cref="CyrillicToArabic"/>, so an Arabic word with that key (or that key plus nominal suffixes) reads back as
/// the given Cyrillic spelling.
/// </summary>
public sealed class ReverseLexicon
{
    // News text repeats its words (Zipf), across documents as within one: a word's reading is a pure function of the
    // word and this (immutable) lexicon, so it is kept. The bound stops a stream of distinct junk growing it.
    private const int ReadingLimit = 100_000;

    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _readings = WordCaches.Create<string>();
    private int _readingCount;

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

    /// The Cyrillic reading of one normalised Arabic word with this lexicon (<see cref="ReverseWord.Convert"/>), kept.
    internal string Reading(string word)
    {
        if (_readings.TryGetValue(word, out var known))
        {
            return known;
        }

        var reading = ReverseWord.Convert(word, this);
        // ConcurrentDictionary.Count takes every lock: count additions instead (a race may overshoot by a few).
        if (Volatile.Read(ref _readingCount) < ReadingLimit && _readings.TryAdd(word, reading))
        {
            Interlocked.Increment(ref _readingCount);
        }

        return reading;
    }

    internal bool TryGet(string key, out string cyrillic) => _byKey.TryGetValue(key, out cyrillic!);

    internal bool Contains(string key) => _byKey.ContainsKey(key);
}
