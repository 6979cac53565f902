namespace OicGraph.Graph.Neo4j.Http;

/// <summary>
/// Neo4j answered with an error envelope (or a 202 carrying <c>errors</c>). Internal: the store and the Cypher runner map it
/// to the port's exceptions, each in its own way.
/// </summary>
internal sealed class Neo4jServerException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    public bool IsSecurity => Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || Status == 401;

    /// <summary>The server itself failed (DatabaseError, 5xx), as opposed to refusing our request.</summary>
    public bool IsServerFault => Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) || Status >= 500;

    /// <summary>404 on <c>/tx/{id}</c>: the transaction expired or failed; the whole unit of work must restart.</summary>
    public bool IsTransactionGone { get; init; }
}
