namespace OicGraph.Cypher;

/// <summary>What a <see cref="GraphLock"/> is on.</summary>
internal enum GraphLockKind
{
    Node,
    Relationship,

    /// <summary>The entry of a label's <c>id</c> index a write statement looks up (what MERGE on a unique key locks).</summary>
    IndexEntry,
}

/// <summary>A lock a write needs: a node or relationship by its id, or the index entry of <c>(:Label {id: Key})</c>.</summary>
internal readonly record struct GraphLock(GraphLockKind Kind, long Id, string? Label = null, object? Key = null);

/// <summary>
/// Opt-in transaction locks for a <see cref="PropertyGraph"/> (set <see cref="PropertyGraph.Locks"/>), for an owner that
/// runs several transactions over one graph at once, as a database does. Before every change the graph takes the lock of
/// each node and relationship it touches (the element itself; a relationship created or deleted also locks both its
/// nodes), and inside a write statement the index entry of every id lookup; when another transaction holds one, the graph
/// lets go of its own write lock so other statements run, waits, and asks again. The owner decides what a transaction
/// is (the calling thread's), when locks are released, and may refuse a wait (a deadlock) by throwing.
/// </summary>
internal interface IGraphLocks
{
    /// <summary>True when the calling thread's transaction holds <paramref name="graphLock"/> now (taking it if free).</summary>
    bool TryAcquire(GraphLock graphLock);

    /// <summary>Blocks until <paramref name="graphLock"/> may be free; called without the graph's write lock.</summary>
    void Wait(GraphLock graphLock);

    /// <summary>
    /// The calling thread's transaction's undo log, or null: every change appends its inverse, across statements, so the
    /// owner can roll a whole transaction back with <see cref="PropertyGraph.RollBackTransaction"/>.
    /// </summary>
    List<Action>? TransactionUndo { get; }
}
