namespace OicGraph.Graph.Cypher;

/// <summary>
/// Runs a researcher's read-only Cypher query against the active backend. Write clauses are refused with
/// <see cref="CypherWriteRefusedException"/>, bad queries with <see cref="CypherQueryException"/>.
/// </summary>
public interface ICypherQueryRunner
{
    Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default);
}
