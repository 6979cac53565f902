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

    /// <summary>
    /// Called once per unit of work in every loop. Reading the token is a field read, so every call does it (a unit can
    /// be as costly as concatenating a long list); only every 16384th call looks at the heap size.
    /// </summary>
    public void Tick()
    {
        Token.ThrowIfCancellationRequested();
        if ((++_ticks & 0x3FFF) == 0)
        {
            MemoryGuard.Check();
        }
    }
}
