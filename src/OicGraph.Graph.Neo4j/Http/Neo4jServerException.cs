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

    /// <summary>
    /// What Neo4j's drivers retry: transient errors, except a transaction terminated on purpose (an admin's TERMINATE, a
    /// client-side stop), and a write that reached a member that cannot take it (a follower or a read-only database),
    /// which the drivers treat as "session expired" and retry after finding the leader.
    /// </summary>
    public bool IsRetryable => (IsTransient && Code is not (TerminatedCode or LockClientStoppedCode)) || IsNotWritable;

    /// <summary>The server cannot take writes now: a cluster follower (NotALeader) or a database in read-only mode.</summary>
    public bool IsNotWritable => Code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    public const string TerminatedCode = "Neo.TransientError.Transaction.Terminated";

    public const string LockClientStoppedCode = "Neo.TransientError.Transaction.LockClientStopped";

    public bool IsSecurity => Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || Status == 401;

    /// <summary>The server itself failed (DatabaseError, 5xx), as opposed to refusing our request.</summary>
    public bool IsServerFault => Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) || Status >= 500;
}
