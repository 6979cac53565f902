namespace OicGraph.Api.Composition;

/// <summary>A 200 answer as it went out: the body and the headers an endpoint sets on it.</summary>
internal sealed record CachedResponse(byte[] Body, string? ContentType, string? ContentDisposition);
