using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction;

/// <summary>
/// Everything compiled once at start-up: the reference data, its names as Arabic match-key phrases, the posts, and the
/// first-name lexicon. Immutable after construction, so one instance serves every thread.
/// </summary>
internal sealed class ExtractionResources
{
    private static readonly Lazy<ExtractionResources> Instance = new(() => new ExtractionResources(ReferenceData.Load()));

    public ExtractionResources(ReferenceData reference)
    {
        Reference = reference;
        _wordTypes = new(() => new Steps.Labelling.WordGazetteer(reference));
        foreach (var entry in reference.Entries)
        {
            foreach (var name in entry.AllNames)
            {
                foreach (var keys in PhraseKeys(name))
                {
                    Entities.Add(keys, entry);
                }
            }
        }

        foreach (var post in reference.Posts)
        {
            foreach (var name in post.AllNames)
            {
                foreach (var keys in PhraseKeys(name))
                {
                    Posts.Add(keys, post);
                }
            }
        }

        _partOf.UnionWith(reference.Facts.Where(f => f.Type == RelationType.PartOf).Select(f => (f.Source, f.Target)));
        foreach (var entry in reference.Entries)
        {
            _names.TryAdd(entry.Id, ReferenceNames.For(entry));
        }

        foreach (var title in reference.Titles)
        {
            foreach (var name in title.AllNames)
            {
                foreach (var keys in PhraseKeys(name))
                {
                    Titles.Add(keys, title);
                }
            }
        }

        foreach (var word in reference.CommonWords)
        {
            CommonWords.Add(Lexicon.Key(word));
        }

        foreach (var name in reference.FirstNames)
        {
            FirstNames.TryAdd(Lexicon.Key(name), name);
        }

        FirstNameFilter = new KeyFilter(FirstNames.Keys);

        ReverseNames = new ReverseLexicon(reference.FirstNames.Concat(reference.Entries
            .Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.AllNames)
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    private readonly Dictionary<string, SortedDictionary<string, string>> _names = new(StringComparer.Ordinal);

    public static ExtractionResources Shared => Instance.Value;

    public IReadOnlyDictionary<string, string> NamesOf(ReferenceEntry entry) => _names[entry.Id];

    public ReferenceData Reference { get; }

    private readonly HashSet<(string Part, string Whole)> _partOf = [];

    /// <summary>The organisation a post belongs to (oic-posts.csv), or empty.</summary>
    public string OrganizationOfPost(string postId) => Reference.Posts.FirstOrDefault(p => p.Id == postId)?.Organization ?? "";

    /// <summary>Whether the reference data says <paramref name="part"/> is PART_OF <paramref name="whole"/>.</summary>
    public bool IsPartOf(string part, string whole) => _partOf.Contains((part, whole));

    /// <summary>Names the reverse transliterator should read back as spelled (Олжас, Назарбаев).</summary>
    public ReverseLexicon ReverseNames { get; }

    // Past 200,000 keys a fresh entry is worked out and dropped: a service reading unbounded text must not keep every
    // word it has seen.
    private readonly BoundedCache<KeyFacts> _keyFacts = new(200_000);

    /// <summary>The entry of a word's key, looked up on the first ask and kept on the word for the steps after it.</summary>
    internal KeyFacts FactsOf(Word word) => word.Facts ??= FactsOf(word.Key);

    /// <summary>The shared entry for <paramref name="key"/> (fields filled on first use).</summary>
    internal KeyFacts FactsOf(string key) => _keyFacts.GetOrAdd(key, static _ => new KeyFacts());

    /// <summary>The longest reference name at word <paramref name="first"/>, stems from the shared cache.</summary>
    public GazetteerMatch<ReferenceEntry>? EntityAt(IReadOnlyList<Word> words, int first, int end) =>
        (PhraseStartsOf(words[first]) & PhraseStarts.Entity) == 0 ? null : Entities.Longest(words, first, end, NameStems);

    /// <summary>Which gazetteers (with <see cref="NameStems"/> for the last word) have a phrase that may start at a word of <paramref name="key"/>.</summary>
    /// <remarks>
    /// Most words start no reference name, title or post, and finding that out walked each gazetteer's first level once
    /// for the key and once per stem; this answers it with one cached look-up per word.
    /// </remarks>
    public PhraseStarts PhraseStartsOf(string key) => PhraseStartsOf(key, FactsOf(key));

    /// <summary>As above, from the entry the word keeps (<see cref="FactsOf(Word)"/>).</summary>
    public PhraseStarts PhraseStartsOf(Word word) => PhraseStartsOf(word.Key, FactsOf(word));

    private PhraseStarts PhraseStartsOf(string key, KeyFacts facts)
    {
        if (facts.TryGetPhraseStarts(out var starts))
        {
            return starts;
        }

        var stems = StemsOf(key, facts);
        starts = (Entities.MayStartWith(key, stems) ? PhraseStarts.Entity : PhraseStarts.None)
            | (Titles.MayStartWith(key, stems) ? PhraseStarts.Title : PhraseStarts.None)
            | (Posts.MayStartWith(key, stems) ? PhraseStarts.Post : PhraseStarts.None);
        facts.SetPhraseStarts(starts);
        return starts;
    }

    /// <summary>Every suffix-stripped candidate of a word key, least stripped first (cached: names repeat).</summary>
    public string[] NameStems(string key) => StemsOf(key, FactsOf(key));

    /// <summary>As above, from the entry the word keeps (<see cref="FactsOf(Word)"/>).</summary>
    public string[] NameStems(Word word) => StemsOf(word.Key, FactsOf(word));

    private static string[] StemsOf(string key, KeyFacts facts) => facts.Stems ??= [.. MatchKeys.Stems(key, _ => true)];

    public Gazetteer<ReferenceEntry> Entities { get; } = new();

    /// <summary>The entity types each word of a reference name belongs to: a feature of the labeller.</summary>
    public Steps.Labelling.WordGazetteer WordTypes => _wordTypes.Value;

    // Built on first use, once (Lazy's default mode): training and the labeller read it; the rules alone never need it.
    private readonly Lazy<Steps.Labelling.WordGazetteer> _wordTypes;

    public Gazetteer<ReferencePost> Posts { get; } = new();

    public Gazetteer<ReferenceTitle> Titles { get; } = new();

    /// <summary>Keys of frequent words that are never part of a name.</summary>
    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);

    /// <summary>First names by match key, with their Cyrillic spelling for display.</summary>
    public Dictionary<string, string> FirstNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Rejects most keys that are not in <see cref="FirstNames"/> before the dictionary is asked.</summary>
    internal KeyFilter FirstNameFilter { get; }

    /// <summary>The word keys of a name as it would be printed in Arabic script, plus the unspaced form of abbreviations (ҚР СІМ).</summary>
    public static IEnumerable<string[]> PhraseKeys(string name)
    {
        var arabic = ReferenceNames.HasCyrillic(name) ? CyrillicToArabic.Convert(name) : name;
        var keys = WordKeys(arabic);
        if (keys.Length > 0)
        {
            yield return keys;
        }

        // Egemen and KazNERD write -ұлы/-қызы joined to the name (ءابىشۇلى); Kazinform splits it.
        if (ReferenceNames.HasCyrillic(name) && (name.Contains("ұлы", StringComparison.Ordinal) || name.Contains("қызы", StringComparison.Ordinal)))
        {
            yield return WordKeys(CyrillicToArabic.Convert(name, new TransliterationOptions { SplitPatronymics = false }));
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.All(w => w.Length <= 4 && w.All(c => char.IsUpper(c))))
        {
            var joined = WordKeys(CyrillicToArabic.Convert(string.Concat(words)));
            if (joined.Length > 0)
            {
                yield return joined;
            }
        }
    }

    public static string[] WordKeys(string arabic)
    {
        var normalized = KazakhNormalizer.Normalize(arabic).Text;
        return [.. KazakhTokenizer.Tokenize(normalized)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Foreign)
            .Select(t => MatchKeys.KeyOfNormalized(t.Text))
            .Where(k => k.Length > 0)];
    }
}
