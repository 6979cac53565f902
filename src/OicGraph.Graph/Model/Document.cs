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

        // Every document without an id is named by this hash, and texts run to the request limit: the UTF-8 bytes go
        // through a fixed stack buffer in chunks, so hashing costs the same memory for a tweet and for a book. The
        // encoder carries a surrogate pair split by a chunk boundary into the next chunk, and encodes a lone surrogate
        // as U+FFFD exactly as Encoding.UTF8.GetBytes does, so the hash equals that of the whole text's bytes.
        const int charsPerChunk = 1024;
        Span<byte> bytes = stackalloc byte[System.Text.Encoding.UTF8.GetMaxByteCount(charsPerChunk)];
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var encoder = System.Text.Encoding.UTF8.GetEncoder();
        var rest = text.AsSpan();
        while (true)
        {
            var chunk = rest[..Math.Min(charsPerChunk, rest.Length)];
            encoder.Convert(chunk, bytes, flush: chunk.Length == rest.Length, out var used, out var written, out var completed);
            sha.AppendData(bytes[..written]);
            rest = rest[used..];
            if (rest.IsEmpty && completed)
            {
                break;
            }
        }

        Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }
}

public static class DocumentKinds
{
    public const string Article = "article";
    public const string Reference = "reference";
}
