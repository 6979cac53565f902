namespace OicGraph.Api.Composition;

/// <summary>Request size limits (<c>Api:Limits</c>); larger requests get 413.</summary>
internal sealed class ApiLimitsOptions
{
    public const string Section = "Api:Limits";

    /// <summary>Most characters of text one request may carry (default 1 MiB of text).</summary>
    public int MaxTextLength { get; set; } = 1024 * 1024;

    /// <summary>Most bytes of one request body; Arabic script takes two bytes a letter in UTF-8, so 4 MiB holds 1 MiB of text.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Most documents in one POST /api/documents/batch (the body limit applies to the whole batch too).</summary>
    public int MaxBatchDocuments { get; set; } = 1000;
}
