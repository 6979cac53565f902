using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher;

/// <summary>
/// <see cref="ICypherQueryRunner"/> over an in-process <see cref="CypherEngine"/>: read-only, row-limited, run on the
/// caller's thread (the task is complete when the call returns), and cancelled when <see cref="CypherQuery.Timeout"/> passes, which the caller sees as a
/// <see cref="TimeoutException"/> (its own cancellation stays an <see cref="OperationCanceledException"/>).
/// <paramref name="prepare"/>, when given, runs just before it (an owner bringing the graph up to date).
/// </summary>
public sealed class CypherEngineQueryRunner(CypherEngine engine, Action? prepare = null) : ICypherQueryRunner
{
    // Runs on the caller's thread, as Microsoft.Data.Sqlite's async methods do: the caller is a pool thread already, and
    // a hop through Task.Run cost two thread switches per query while its admission slot sat idle. The engine checks the
    // token itself as it runs; failures still come back in the task, as from any asynchronous runner.
    public Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(query.Timeout);
        var options = new CypherExecutionOptions(ReadOnly: true, RowLimit: query.RowLimit, Timeout: query.Timeout, MaxResultBytes: query.MaxResultBytes);
        try
        {
            timeout.Token.ThrowIfCancellationRequested();
            prepare?.Invoke();
            return Task.FromResult(engine.Execute(query.Statement, query.Parameters, options, timeout.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Task.FromException<CypherResult>(
                new TimeoutException($"The query was cancelled after its timeout of {query.Timeout.TotalSeconds:0.###} s."));
        }
        catch (OperationCanceledException)
        {
            return Task.FromCanceled<CypherResult>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<CypherResult>(exception);
        }
    }
}
