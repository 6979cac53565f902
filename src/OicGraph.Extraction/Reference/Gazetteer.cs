namespace OicGraph.Extraction.Reference;

/// <summary>A phrase found in the text: words <c>[First, Last]</c>, what it names, and the suffix stripped from its last word.</summary>
internal sealed record GazetteerMatch<T>(int First, int Last, IReadOnlyList<T> Values, string Suffix);

/// <summary>
/// Phrases as sequences of word match keys in a trie. Only the last word may be inflected: its stems come from the caller,
/// which reads them from the word's shared entry (KeyFacts) rather than from a per-key cache of each gazetteer's own.
/// </summary>
internal sealed class Gazetteer<T>
    where T : class
{
    private readonly Node _root = new();
    private readonly HashSet<string> _lastWords = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> wordKeys, T value)
    {
        if (wordKeys.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var key in wordKeys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children[key] = child;
            }

            node = child;
        }

        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
            Count++;
        }

        _lastWords.Add(wordKeys[^1]);
    }

    public bool ContainsWord(string key) => _lastWords.Contains(key);

    /// <summary>
    /// Whether a phrase may start at a word of <paramref name="key"/> whose stems are <paramref name="stems"/>: the key,
    /// or a stem shorter than it, is some phrase's first word. When it is not, <see cref="Longest"/>
    /// with those stems finds nothing there.
    /// </summary>
    public bool MayStartWith(string key, string[] stems)
    {
        var children = _root.Children;
        if (children is null)
        {
            return false;
        }

        if (children.ContainsKey(key))
        {
            return true;
        }

        foreach (var stem in stems)
        {
            if (stem.Length < key.Length && children.ContainsKey(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The longest phrase starting at word <paramref name="first"/> and ending before <paramref name="end"/>, the last
    /// word's stem candidates from <paramref name="stems"/> (the shared resources' cache; null: no inflection).
    /// </summary>
    public GazetteerMatch<T>? Longest(IReadOnlyList<Word> words, int first, int end, Func<Word, string[]>? stems)
    {
        if (!words[first].IsWord)
        {
            return null;
        }

        var node = _root;
        GazetteerMatch<T>? best = null;
        for (var j = first; j < end && node.Children is not null; j++)
        {
            var word = words[j];
            if (!word.IsWord)
            {
                // A comma may sit inside a name (Бейбітшілік, қауіпсіздік ...); other punctuation ends it.
                if (word.Is(',') && node != _root)
                {
                    continue;
                }

                break;
            }

            if (node.Children.TryGetValue(word.Key, out var exact) && exact.Values is not null)
            {
                best = new GazetteerMatch<T>(first, j, exact.Values, "");
            }
            else if (stems is not null)
            {
                foreach (var stem in stems(word))
                {
                    if (stem.Length < word.Key.Length && node.Children.TryGetValue(stem, out var inflected) && inflected.Values is not null)
                    {
                        best = new GazetteerMatch<T>(first, j, inflected.Values, SuffixOf(word.Key, stem));
                        break;
                    }
                }
            }

            if (exact is null)
            {
                break;
            }

            node = exact;
        }

        return best;
    }

    private static string SuffixOf(string key, string stem)
    {
        var common = 0;
        while (common < stem.Length && common < key.Length && stem[common] == key[common])
        {
            common++;
        }

        return key[common..];
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<T>? Values { get; set; }
    }
}
