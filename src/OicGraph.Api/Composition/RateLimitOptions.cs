namespace OicGraph.Api.Composition;

/// <summary>Requests per client address and window (<c>Api:RateLimit</c>); over it, 429 with Retry-After.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Api:RateLimit";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}
