namespace OicGraph.Extraction;

/// <summary>
/// What the shared resources have worked out about one word key: its stems, which gazetteers may have a phrase starting
/// at it, its shape as part of a personal name. Each used to sit in a cache of its own, so every step asking about a word
/// of a document missed in its own table on the document's first touch of that word (in a warm pass, most of the time
/// of people-patterns and people went there, and gating one step only moved the miss to the next); in one entry the
/// first step's miss brings in what the later steps read. Fields are filled on first use by whichever thread asks: each
/// is a pure function of the key, so a race only computes the same value twice.
/// </summary>
internal sealed class KeyFacts
{
    private const int Unknown = -1;

    public string[]? Stems;

    /// <summary>
    /// The labeller's description and scores of a word of this key, for the scorer and text shape it was worked out for
    /// (a word of another shape, or another model's scorer, keeps using the scorer's own table).
    /// </summary>
    public Steps.Labelling.LabelScorer.ScoredWord? Labelled;

    /// <summary>
    /// The post cues a word of this key may start (<see cref="Relations.Grammar.RoleCues.At"/>): those whose first word it
    /// is, with the ending for a one-word cue; most keys start none. The relation pre-passes ask it of every word.
    /// </summary>
    public Relations.Grammar.RoleCues.Start[]? RoleCueStarts;

    /// <summary>The predicates a word of this key may be the verb of, with their forms (<see cref="Relations.Grammar.PredicateLexicon.At"/>).</summary>
    public Relations.Grammar.PredicateLexicon.KeyHits? PredicateHits;

    // Reference.PhraseStarts and Steps.PersonNameShape are bytes: held as ints so "not worked out yet" has a value.
    private int _phraseStarts = Unknown;
    private int _personNameShape = Unknown;

    public bool TryGetPhraseStarts(out Reference.PhraseStarts starts)
    {
        var value = Volatile.Read(ref _phraseStarts);
        starts = (Reference.PhraseStarts)value;
        return value != Unknown;
    }

    public void SetPhraseStarts(Reference.PhraseStarts starts) => Volatile.Write(ref _phraseStarts, (int)starts);

    public bool TryGetPersonNameShape(out Steps.PersonNameShape shape)
    {
        var value = Volatile.Read(ref _personNameShape);
        shape = (Steps.PersonNameShape)value;
        return value != Unknown;
    }

    public void SetPersonNameShape(Steps.PersonNameShape shape) => Volatile.Write(ref _personNameShape, (int)shape);
}
