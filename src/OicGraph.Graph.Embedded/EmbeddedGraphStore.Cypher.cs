using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Embedded;

public sealed partial class EmbeddedGraphStore : ICypherQueryRunner
{
    /// <summary>Runs the query read-only on the live Cypher view, after applying the writes committed before it.</summary>
    public Task<CypherResult> RunReadOnlyAsync(CypherQuery query, CancellationToken cancellationToken = default) =>
        _cypherRunner.RunReadOnlyAsync(query, cancellationToken);

    internal CypherView CypherView => _cypherView;
}
