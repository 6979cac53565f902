using System.Globalization;
using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>One transaction of the fake: the locks it holds, the lock it waits for, and its undo log.</summary>
internal sealed class FakeTransaction(string id)
{
    public string Id { get; } = id;

    public HashSet<GraphLock> Held { get; } = [];

    public GraphLock? WaitingFor { get; set; }

    public List<Action> Undo { get; } = [];

    /// <summary>Whether a statement of it ran on the working graph (its later reads must see its own writes).</summary>
    public bool Wrote { get; set; }
}

/// <summary>
/// Neo4j's write locks as the fake models them (Operations manual, "Locks and deadlocks" and "Concurrent data access";
/// Java reference, "Transaction management"): a write takes an exclusive lock on each node and relationship it creates,
/// sets, relabels or deletes (a relationship created or deleted also locks both its nodes), and a write statement's lookup
/// of a unique key locks that index entry (what MERGE on a constrained key takes, so two MERGEs of one new key queue and
/// only the first creates). Locks are held to commit or rollback; reads take none (read committed). A wait that would
/// close a cycle in the wait-for graph fails the transaction asking with
/// <c>Neo.TransientError.Transaction.DeadlockDetected</c>, as Neo4j fails one transaction of a deadlock.
/// The engine calls this on the thread running a statement, whose transaction is <see cref="Current"/>.
/// </summary>
internal sealed class FakeLocks : IGraphLocks
{
    private readonly object _sync = new(); // Monitor, for Wait/PulseAll
    private readonly Dictionary<GraphLock, FakeTransaction> _owners = [];
    private readonly ThreadLocal<FakeTransaction?> _current = new();

    /// <summary>How many waits ended in a deadlock (tests read it to see the detector at work).</summary>
    public int Deadlocks { get; private set; }

    /// <summary>How many times a transaction found a lock held by another and waited (tests read it to see writers queue).</summary>
    public int Waits { get; private set; }

    public FakeTransaction? Current
    {
        get => _current.Value;
        set => _current.Value = value;
    }

    public List<Action>? TransactionUndo => Current?.Undo;

    public bool TryAcquire(GraphLock graphLock)
    {
        var transaction = Current ?? throw new InvalidOperationException("A locked write runs outside any transaction.");
        lock (_sync)
        {
            if (!_owners.TryGetValue(graphLock, out var owner))
            {
                _owners[graphLock] = transaction;
                transaction.Held.Add(graphLock);
                transaction.WaitingFor = null;
                return true;
            }

            if (owner == transaction)
            {
                transaction.WaitingFor = null;
                return true;
            }

            // Follow who the holder waits for, and who that one waits for: reaching this transaction closes a cycle.
            var steps = 0;
            for (var next = owner; next is not null && steps <= _owners.Count; steps++)
            {
                if (next == transaction)
                {
                    transaction.WaitingFor = null;
                    Deadlocks++;
                    throw new CypherQueryException(
                        "Neo.TransientError.Transaction.DeadlockDetected",
                        string.Create(CultureInfo.InvariantCulture, $"ForsetiClient[transactionId={transaction.Id}] can't acquire ExclusiveLock{{owner=ForsetiClient[transactionId={owner.Id}]}} on {Describe(graphLock)}, because holders of that lock are waiting for ForsetiClient[transactionId={transaction.Id}]."));
                }

                next = next.WaitingFor is { } waited && _owners.TryGetValue(waited, out var holder) ? holder : null;
            }

            transaction.WaitingFor = graphLock;
            Waits++;
            return false;
        }
    }

    /// <summary>
    /// How long a statement waits for a lock before it fails with LockAcquisitionTimeout, as Neo4j does when
    /// <c>db.lock.acquisition.timeout</c> is set (its default, 0, waits for ever): a test that leaves a lock held fails
    /// instead of hanging the run.
    /// </summary>
    public static readonly TimeSpan AcquisitionTimeout = TimeSpan.FromSeconds(60);

    public void Wait(GraphLock graphLock)
    {
        var deadline = DateTime.UtcNow + AcquisitionTimeout;
        lock (_sync)
        {
            while (_owners.TryGetValue(graphLock, out var owner) && owner != Current)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_sync, left))
                {
                    if (_owners.TryGetValue(graphLock, out var holder) && holder != Current)
                    {
                        Current!.WaitingFor = null;
                        throw new CypherQueryException(
                            "Neo.TransientError.Transaction.LockAcquisitionTimeout",
                            string.Create(CultureInfo.InvariantCulture, $"Unable to acquire lock within configured timeout ({AcquisitionTimeout.TotalSeconds:0}s) on {Describe(graphLock)}, held by ForsetiClient[transactionId={holder.Id}]."));
                    }
                }
            }
        }
    }

    /// <summary>Ends <paramref name="transaction"/>'s hold on everything (at commit or rollback) and wakes every waiter.</summary>
    public void Release(FakeTransaction transaction)
    {
        lock (_sync)
        {
            foreach (var held in transaction.Held)
            {
                _owners.Remove(held);
            }

            transaction.Held.Clear();
            transaction.WaitingFor = null;
            Monitor.PulseAll(_sync);
        }
    }

    private static string Describe(GraphLock graphLock) => graphLock.Kind switch
    {
        GraphLockKind.Node => $"NODE({graphLock.Id})",
        GraphLockKind.Relationship => $"RELATIONSHIP({graphLock.Id})",
        _ => $"INDEX_ENTRY(:{graphLock.Label} {{id: {graphLock.Key}}})",
    };
}
