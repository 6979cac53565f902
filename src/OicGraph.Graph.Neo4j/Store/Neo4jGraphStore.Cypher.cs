using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Cypher;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// A researcher's query: refused client-side when it obviously writes, sent with <c>accessMode: READ</c> (the server's
    /// guard), in typed JSON so nodes, relationships and paths come back as graph elements; rows past the limit are dropped
    /// and reported as truncated, and the query is abandoned after its timeout.
    /// </summary>
    public async Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query.Statement))
        {
            throw new CypherQueryException("Neo.ClientError.Request.Invalid", "The statement is empty.");
        }

        if (WriteClauseDetector.FindWrite(query.Statement) is { } write)
        {
            throw new CypherWriteRefusedException($"The Cypher endpoint is read-only; the query uses {write}.");
        }

        try
        {
            var result = await client.RunAsync(
                new Statement(query.Statement, query.Parameters),
                new RunOptions(AccessMode.Read, ResultFormat.Typed, Math.Max(0, query.RowLimit), query.Timeout),
                cancellationToken);
            return new CypherResult(result.Fields, result.Rows, result.Truncated);
        }
        catch (Exception exception) when (Neo4jErrors.IsNeo4jFailure(exception))
        {
            throw Neo4jErrors.ForCypher(exception, query.Timeout);
        }
    }
}
