namespace OicGraph.Text;

/// <summary>A token: [<paramref name="Start"/>, <paramref name="End"/>) in the string given to the tokenizer.</summary>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>What a <see cref="Token"/> holds.</summary>
public enum TokenKind
{
    /// <summary>An Arabic-script word, hyphenated compounds (سونداي-اق, يىۇ-داعى) included.</summary>
    Word,

    /// <summary>Digits, with inner <c>. , :</c> or a hyphen between digits (2014-2016, 13:48, 1.5).</summary>
    Number,

    /// <summary>A Latin or Cyrillic word inside the text (OIC, G-20).</summary>
    Foreign,

    /// <summary>One punctuation mark, or a run of the same mark (<c>...</c>).</summary>
    Punctuation,

    /// <summary>Symbols (%, №, $).</summary>
    Symbol,

    /// <summary>Anything else that is not whitespace.</summary>
    Other,
}
