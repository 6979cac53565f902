using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher;

/// <summary>
/// <see cref="ICypherQueryRunner"/> over an in-process <see cref="CypherEngine"/>: read-only, row-limited, and cancelled
/// when <see cref="CypherQuery.Timeout"/> passes (the caller sees an <see cref="OperationCanceledException"/>).
/// </summary>
public sealed class CypherEngineQueryRunner(CypherEngine engine) : ICypherQueryRunner
{
    public Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(query.Timeout);
        var options = new CypherExecutionOptions(ReadOnly: true, RowLimit: query.RowLimit);
        return Task.FromResult(engine.Execute(query.Statement, query.Parameters, options, timeout.Token));
    }
}
