namespace OicGraph.Cypher;

/// <summary>
/// ReadOnly refuses write clauses before anything runs (and the graph refuses any mutation that gets further); at most
/// RowLimit rows come back; past Timeout the execution stops with an <see cref="OperationCanceledException"/>; rows whose
/// approximate JSON size passes MaxResultBytes stop it with a query error naming the limit.
/// </summary>
public sealed record CypherExecutionOptions(
    bool ReadOnly = false,
    int RowLimit = int.MaxValue,
    TimeSpan? Timeout = null,
    long MaxResultBytes = long.MaxValue);
