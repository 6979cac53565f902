namespace OicGraph.Graph;

/// <summary>The backend refused a request for a reason that retrying will not fix (bad credentials, bad query).</summary>
public sealed class GraphStoreException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;
}
