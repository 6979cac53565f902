namespace OicGraph.Graph;

/// <summary>The backend cannot be reached or answered with a server fault; the API maps it to 503.</summary>
public sealed class GraphStoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
