namespace OicGraph.Graph.Neo4j.Http;

/// <summary>No usable answer: the connection failed, the body was garbled, or the request timed out.</summary>
internal sealed class Neo4jTransportException(string message, bool timedOut, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool TimedOut { get; } = timedOut;
}

/// <summary>The answer is larger than <see cref="Neo4jOptions.MaxResponseBytes"/>; the rest of it was not read.</summary>
internal sealed class Neo4jResultTooLargeException(long maxBytes)
    : Exception($"The result is larger than {maxBytes / (1024 * 1024)} MB; ask for fewer rows or fewer properties (LIMIT, a projection).")
{
    public long MaxBytes { get; } = maxBytes;
}
