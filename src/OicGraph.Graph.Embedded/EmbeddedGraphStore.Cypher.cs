using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Embedded;

internal sealed partial class EmbeddedGraphStore : ICypherQueryRunner
{
    private readonly Lock _projectionLock = new();
    private (long Version, CypherEngine Engine)? _projection;

    /// <summary>Runs the query read-only on a Cypher view of the graph, rebuilt only after a write changed the graph.</summary>
    public Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default) =>
        new CypherEngineQueryRunner(Read(CurrentEngine)).RunReadOnlyAsync(query, cancellationToken);

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
