namespace OicGraph.Extraction;

internal enum WordKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token of the normalised text: offsets into <c>NormalizedText.Text</c>, its hamza-free match key and sentence.</summary>
internal sealed record Word(int Start, int End, string Text, string Key, WordKind Kind, int Sentence)
{
    /// <summary>
    /// The shared entry for <see cref="Key"/>, kept by the first step that asks for it (ExtractionResources.FactsOf(Word)):
    /// the later steps read the word's phrase starts and stems here instead of hashing the key into the shared table again.
    /// Not looked up at split-words: that only moved the first (costly) touch of each entry there from the gazetteer.
    /// </summary>
    public KeyFacts? Facts { get; set; }

    // Facts is a cache, not part of what a word is: equality stays that of the token, whether or not a step has looked
    // its key up yet (and past the shared table's cap two words of one key hold different entries).
    public bool Equals(Word? other) =>
        other is not null
        && Start == other.Start && End == other.End && Kind == other.Kind && Sentence == other.Sentence
        && string.Equals(Text, other.Text, StringComparison.Ordinal) && string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Start, End, Text, Key, Kind, Sentence);

    public bool IsWord => Kind != WordKind.Punctuation;

    public bool Is(char punctuation) => Kind == WordKind.Punctuation && Text[0] == punctuation;
}

/// <summary>A sentence: normalised offsets and its words <c>[FirstWord, EndWord)</c>.</summary>
internal sealed record SentenceSpan(int Index, int Start, int End, int FirstWord, int EndWord);
