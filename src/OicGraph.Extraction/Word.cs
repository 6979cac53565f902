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
    public bool IsWord => Kind != WordKind.Punctuation;

    public bool Is(char punctuation) => Kind == WordKind.Punctuation && Text[0] == punctuation;
}

/// <summary>A sentence: normalised offsets and its words <c>[FirstWord, EndWord)</c>.</summary>
internal sealed record SentenceSpan(int Index, int Start, int End, int FirstWord, int EndWord);
