using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher;

/// <summary>
/// <see cref="ICypherQueryRunner"/> over an in-process <see cref="CypherEngine"/>: read-only, row-limited, run off the
/// caller's thread, and cancelled when <see cref="CypherQuery.Timeout"/> passes, which the caller sees as a
/// <see cref="TimeoutException"/> (its own cancellation stays an <see cref="OperationCanceledException"/>).
/// <paramref name="prepare"/>, when given, runs on the query's thread just before it (an owner bringing the graph up to date).
/// </summary>
public sealed class CypherEngineQueryRunner(CypherEngine engine, Action? prepare = null) : ICypherQueryRunner
{
    public async Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(query.Timeout);
        var options = new CypherExecutionOptions(ReadOnly: true, RowLimit: query.RowLimit, Timeout: query.Timeout, MaxResultBytes: query.MaxResultBytes);
        try
        {
            return await Task.Run(
                () =>
                {
                    prepare?.Invoke();
                    return engine.Execute(query.Statement, query.Parameters, options, timeout.Token);
                },
                timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The query was cancelled after its timeout of {query.Timeout.TotalSeconds:0.###} s.");
        }
    }
}
