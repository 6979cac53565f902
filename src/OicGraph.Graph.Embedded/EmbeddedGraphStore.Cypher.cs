using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Embedded;

internal sealed partial class EmbeddedGraphStore : ICypherQueryRunner
{
    private readonly Lock _projectionLock = new();
    private (long Version, CypherEngine Engine)? _projection;

    /// <summary>
    /// Runs the query read-only on a Cypher view of the graph, rebuilt only after a write changed the graph. A query that
    /// outlives its timeout is cancelled inside the engine and reported as a <see cref="TimeoutException"/>.
    /// </summary>
    public async Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        var engine = Read(CurrentEngine);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(query.Timeout);
        try
        {
            return await Task.Run(
                () => engine.Execute(query.Statement, query.Parameters, new CypherExecutionOptions(ReadOnly: true, RowLimit: query.RowLimit), timeout.Token),
                timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The query was cancelled after its timeout of {query.Timeout.TotalSeconds:0.###} s.");
        }
    }

    private CypherEngine CurrentEngine(GraphState state)
    {
        lock (_projectionLock)
        {
            if (_projection is not { } projection || projection.Version != state.Version)
            {
                _projection = projection = (state.Version, new CypherEngine(CypherProjection.Build(state)));
            }

            return projection.Engine;
        }
    }
}
