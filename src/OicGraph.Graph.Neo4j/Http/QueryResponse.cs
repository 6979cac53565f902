namespace OicGraph.Graph.Neo4j.Http;

internal sealed record Neo4jError(string Code, string Message);

/// <summary>A parsed response body; only the fields the adapter uses, anything else is ignored.</summary>
internal sealed record QueryResponse(QueryResult Result, IReadOnlyList<Neo4jError> Errors, string? TransactionId)
{
    /// <summary>The bookmarks a completed unit of work answered (implicit statements and commits).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];
}
