namespace OicGraph.Graph.Neo4j.Http;

/// <summary>No usable answer: the connection failed, the body was garbled, or the request timed out.</summary>
internal sealed class Neo4jTransportException(string message, bool timedOut, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool TimedOut { get; } = timedOut;
}
