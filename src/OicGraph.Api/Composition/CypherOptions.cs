namespace OicGraph.Api.Composition;

/// <summary>
/// Bounds on researchers' Cypher work (<c>Api:Cypher</c>): how many queries run at once, how many wait and for how long
/// (then 503 with Retry-After), and how large an answer may be (then 422). The endpoint is public, so these keep one
/// client's heavy queries from taking the CPU, memory or latency every other endpoint needs.
/// </summary>
internal sealed class CypherOptions
{
    public const string Section = "Api:Cypher";

    /// <summary>Queries executing at once; by default one core is left for everything else.</summary>
    public int MaxConcurrentQueries { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Queries waiting for a turn; one more is refused at once.</summary>
    public int QueueLimit { get; set; } = 8;

    /// <summary>How long a query waits for a turn before it is refused.</summary>
    public double QueueTimeoutSeconds { get; set; } = 2;

    /// <summary>The most bytes of JSON one answer may take (default 16 MiB).</summary>
    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;
}
