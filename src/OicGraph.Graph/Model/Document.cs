namespace OicGraph.Graph.Model;

/// <summary>
/// A source of facts: an article, or a reference-data file (<see cref="DocumentKinds.Reference"/>) whose rows are the
/// evidence of the facts taken from it. <paramref name="ContentHash"/> is the SHA-256 of the text, so re-posting the same
/// text is recognised.
/// </summary>
public sealed record Document(
    string Id,
    string Kind,
    string Title,
    string? SourceUrl,
    string? Date,
    string Language,
    string Script,
    string Text,
    string ContentHash,
    DateTimeOffset IngestedAt);

public static class DocumentKinds
{
    public const string Article = "article";
    public const string Reference = "reference";
}
