using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Execution;

/// <summary>Everything one execution needs: the graph, parameters, write counters and the cancellation token.</summary>
internal sealed class QueryContext(
    PropertyGraph graph,
    IReadOnlyDictionary<string, object?> parameters,
    ProcedureRegistry procedures,
    CancellationToken token)
{
    private int _ticks;

    public PropertyGraph Graph { get; } = graph;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    public CancellationToken Token { get; } = token;

    public ProcedureRegistry Procedures { get; } = procedures;

    public QueryCounters Counters { get; } = new();

    /// <summary>Cheap enough for inner loops: only every 256th call touches the token, every 16384th the heap size.</summary>
    public void Tick()
    {
        if ((++_ticks & 0xFF) == 0)
        {
            Token.ThrowIfCancellationRequested();
            if ((_ticks & 0x3FFF) == 0)
            {
                MemoryGuard.Check();
            }
        }
    }
}
