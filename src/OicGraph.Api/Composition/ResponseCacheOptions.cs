namespace OicGraph.Api.Composition;

/// <summary>
/// The answer cache of GETs under /api (<c>Api:ResponseCache</c>), for a store with a version (the embedded one): a body
/// is kept for the version it was computed at and never served for another, so every write empties it. Bounded in
/// bytes; <c>MaxBytes = 0</c> turns it off.
/// </summary>
internal sealed class ResponseCacheOptions
{
    public const string Section = "Api:ResponseCache";

    /// <summary>Most bytes of bodies kept at once (default 32 MiB); the oldest entries go first.</summary>
    public long MaxBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>A larger body is streamed as usual and not kept (default 4 MiB).</summary>
    public int MaxEntryBytes { get; set; } = 4 * 1024 * 1024;
}
