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
    DateTimeOffset IngestedAt)
{
    /// <summary>A document of <paramref name="text"/> with its content hash computed.</summary>
    public static Document Create(
        string id, string kind, string title, string? sourceUrl, string? date, string language, string script, string text, DateTimeOffset ingestedAt) =>
        new(id, kind, title, sourceUrl, date, language, script, text, HashOf(text), ingestedAt);

    /// <summary>SHA-256 of the text's UTF-8 bytes, lower-case hex: equal texts, equal hashes, whatever their ids.</summary>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every extracted document without an id is named by this hash: the UTF-8 copy goes to a pooled buffer, not to
        // a new array per document.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = System.Text.Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
            System.Security.Cryptography.SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

public static class DocumentKinds
{
    public const string Article = "article";
    public const string Reference = "reference";
}
