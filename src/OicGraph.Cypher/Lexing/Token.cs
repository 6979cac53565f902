namespace OicGraph.Cypher.Lexing;

internal enum TokenKind
{
    Identifier,
    EscapedIdentifier,
    String,
    Integer,
    Float,
    Parameter,
    Symbol,
    End,
}

/// <summary>A lexical token; <see cref="Offset"/> indexes the statement so errors and column names can quote it.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Offset, int Line, int Column)
{
    /// <summary>Offset just past the token's source text (escapes make this differ from Text.Length).</summary>
    public int End { get; init; }

    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
