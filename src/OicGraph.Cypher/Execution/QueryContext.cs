using System.Diagnostics;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// Everything one execution needs: the graph, parameters, write counters, the cancellation token and the deadline
/// (a <see cref="Stopwatch"/> timestamp, <see cref="long.MaxValue"/> for none).
/// </summary>
internal sealed class QueryContext(
    PropertyGraph graph,
    SlotLayout layout,
    IReadOnlyDictionary<string, object?> parameters,
    ProcedureRegistry procedures,
    CancellationToken token,
    long deadline = long.MaxValue,
    long maxResultBytes = long.MaxValue)
{
    private int _ticks;

    public PropertyGraph Graph { get; } = graph;

    /// <summary>The slots of the statement's rows.</summary>
    public SlotLayout Layout { get; } = layout;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    public CancellationToken Token { get; } = token;

    public ProcedureRegistry Procedures { get; } = procedures;

    public QueryCounters Counters { get; } = new();

    /// <summary>The size of the rows returned so far, against the result's limit.</summary>
    public ResultBudget Result { get; } = new(maxResultBytes);

    /// <summary>
    /// True when the statement cannot change the graph (it has no write clause and runs under the graph's read lock, so
    /// no other statement writes meanwhile): what it reads of a node stays the same for the whole execution.
    /// </summary>
    public bool GraphFixed { get; init; }

    // When the execution must stop, whether or not the token's timer has fired yet, on the coarse millisecond clock
    // (Environment.TickCount64) that Tick reads: the precise clock (Stopwatch) cost about 30 ns a read, a third of a
    // matched row's whole cost at three ticks per row. The coarse clock moves every few milliseconds, so the deadline is
    // met to within that, against timeouts of seconds.
    private readonly long _coarseDeadline = deadline == long.MaxValue
        ? long.MaxValue
        : Environment.TickCount64 + (long)Math.Ceiling((deadline - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency);

    /// <summary>
    /// Called once per unit of work in every loop. Reading the token and the coarse clock is cheap, so every call does it
    /// (a unit can be as costly as concatenating a long list); only every 16384th call looks at the heap size. The clock is read
    /// as well as the token because a token's timer runs on the thread pool, which a burst of busy queries can starve.
    /// </summary>
    public void Tick()
    {
        Token.ThrowIfCancellationRequested();
        if (_coarseDeadline != long.MaxValue && Environment.TickCount64 > _coarseDeadline)
        {
            throw new OperationCanceledException("The query passed its deadline.", Token);
        }

        if ((++_ticks & 0x3FFF) == 0)
        {
            MemoryGuard.Check();
        }
    }
}
