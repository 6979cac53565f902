using System.Collections.Concurrent;
using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// Executes statements for real with the embedded openCypher engine, so the fake behaves like a database and the store
/// contract suite can run against the adapter. Transactions run at once, with Neo4j's locking (<see cref="FakeLocks"/>):
/// every write runs on one working graph whose engine takes each node's, relationship's and key's lock before changing
/// it, and lets other statements run while it waits for one; each transaction keeps an undo log, so a rollback (a failed
/// statement, a deadlock, a refused write, DELETE on the transaction) undoes exactly its own changes. Reads (READ mode, or
/// a statement with no write clause) run on a second graph that holds only what committed transactions left (read
/// committed: a read neither blocks nor sees a write in flight), unless their transaction wrote before; a commit copies the elements the transaction locked from the working graph to it, under the same
/// ids. Schema statements are read by <see cref="FakeSchema"/>, and every write is checked against its constraints and
/// Neo4j's property value types before it stands, so a write Neo4j would refuse is refused here too (and rolled back).
/// </summary>
public sealed class CypherEngineExecutor : IStatementExecutor
{
    private readonly FakeSchema _schema = new();
    private readonly FakeLocks _locks = new();
    private readonly ConcurrentDictionary<string, FakeTransaction> _open = new(StringComparer.Ordinal);
    private readonly Lock _commits = new();
    private readonly CypherEngine _working;
    private readonly CypherEngine _committed;
    private long _implicit;

    public CypherEngineExecutor()
    {
        _working = NewEngine(new PropertyGraph { Locks = _locks });
        _committed = NewEngine(new PropertyGraph());
    }

    /// <summary>How many lock waits the deadlock detector refused so far.</summary>
    public int Deadlocks => _locks.Deadlocks;

    /// <summary>How many times a statement waited for another transaction's lock so far.</summary>
    public int LockWaits => _locks.Waits;

    /// <summary>
    /// How long an auto-commit write holds its locks before it commits (zero by default): a slower server, so that
    /// concurrent writers of a test meet on a lock instead of merely being able to.
    /// </summary>
    public TimeSpan CommitDelay { get; init; }

    // Both engines know the procedures Neo4j has that the engine does not.
    private CypherEngine NewEngine(PropertyGraph graph)
    {
        var engine = new CypherEngine(graph);
        FakeFullText.Register(engine, _schema);
        return engine;
    }

    public FakeOutcome Execute(FakeStatement statement)
    {
        if (FakeSchema.IsSchema(statement.Text))
        {
            return _schema.Apply(statement.Text) ?? FakeOutcome.Empty;
        }

        // An auto-commit statement is a transaction of its own: if it fails, nothing of it stays.
        var transaction = statement.TransactionId is { } id
            ? _open.TryGetValue(id, out var open) ? open : throw new InvalidOperationException($"A statement of transaction {id}, which is not open: the server lets only the request holding a transaction run in it.")
            : new FakeTransaction("implicit-" + Interlocked.Increment(ref _implicit));
        // A read sees what is committed, unless its transaction wrote (it sees its own writes then).
        if (!transaction.Wrote && (statement.ReadMode ? Run(_committed, statement) : ReadCommitted(statement)) is { } read)
        {
            return read;
        }

        transaction.Wrote = true;
        _locks.Current = transaction;
        FakeOutcome outcome;
        try
        {
            outcome = Run(_working, statement);
            if (outcome.Error is null && !statement.ReadMode && Export(_working) is var (nodes, relationships) && _schema.Check(nodes, relationships) is { } refused)
            {
                // Neo4j refuses the statement and, inside a transaction, rolls the whole transaction back.
                Rollback(transaction);
                return refused;
            }
        }
        catch
        {
            // Anything the engine did not answer with a Neo4j error (a fault of its own) ends the transaction, as Neo4j
            // ends it on a DatabaseError: its locks must not outlive it and stall every later writer of those elements.
            Rollback(transaction);
            if (statement.TransactionId is { } ended)
            {
                _open.TryRemove(ended, out _);
            }

            throw;
        }
        finally
        {
            _locks.Current = null;
        }

        if (statement.TransactionId is null)
        {
            if (outcome.Error is null)
            {
                if (CommitDelay > TimeSpan.Zero && transaction.Held.Count > 0)
                {
                    Thread.Sleep(CommitDelay);
                }

                Commit(transaction);
            }
            else
            {
                Rollback(transaction);
            }
        }

        return outcome;
    }

    private static FakeOutcome Run(CypherEngine engine, FakeStatement statement)
    {
        try
        {
            var result = engine.Execute(statement.Text, statement.Parameters, new CypherExecutionOptions(ReadOnly: statement.ReadMode), CancellationToken.None);
            return new FakeOutcome(result.Columns, result.Rows);
        }
        catch (CypherWriteRefusedException)
        {
            return FakeOutcome.Fail("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to neo4j");
        }
        catch (CypherQueryException exception)
        {
            return FakeOutcome.Fail(exception.Code, exception.Message);
        }
    }

    // A write-mode statement with no write clause is a read too; the engine refuses one that has a write clause, run
    // read-only, before it runs anything, and then the statement goes to the working graph.
    private FakeOutcome? ReadCommitted(FakeStatement statement)
    {
        try
        {
            var result = _committed.Execute(statement.Text, statement.Parameters, new CypherExecutionOptions(ReadOnly: true), CancellationToken.None);
            return new FakeOutcome(result.Columns, result.Rows);
        }
        catch (CypherWriteRefusedException)
        {
            return null;
        }
        catch (CypherQueryException exception)
        {
            return FakeOutcome.Fail(exception.Code, exception.Message);
        }
    }

    public void Begin(string transactionId) => _open[transactionId] = new FakeTransaction(transactionId);

    public void Commit(string transactionId)
    {
        if (_open.TryRemove(transactionId, out var transaction))
        {
            Commit(transaction);
        }
    }

    public void Rollback(string transactionId)
    {
        if (_open.TryRemove(transactionId, out var transaction))
        {
            Rollback(transaction);
        }
    }

    private void Rollback(FakeTransaction transaction)
    {
        _working.Graph.RollBackTransaction(transaction.Undo);
        transaction.Undo.Clear();
        _locks.Release(transaction);
    }

    /// <summary>
    /// Copies what <paramref name="transaction"/> changed (every element it locked) to the committed graph, then lets its
    /// locks go: until then no other writer could touch those elements, so what is copied is exactly what it leaves.
    /// </summary>
    private void Commit(FakeTransaction transaction)
    {
        lock (_commits)
        {
            var nodes = new List<(long Id, bool Exists, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)>();
            var relationships = new List<(long Id, bool Exists, long Start, long End, string Type, IReadOnlyDictionary<string, object?> Properties)>();
            _working.Graph.Update(graph =>
            {
                foreach (var held in transaction.Held)
                {
                    if (held.Kind == GraphLockKind.Node)
                    {
                        var exists = graph.TryGetNode(held.Id, out var labels, out var properties);
                        nodes.Add((held.Id, exists, labels, properties));
                    }
                    else if (held.Kind == GraphLockKind.Relationship)
                    {
                        var exists = graph.TryGetRelationship(held.Id, out var start, out var end, out var type, out var properties);
                        relationships.Add((held.Id, exists, start, end, type, properties));
                    }
                }
            });
            _committed.Graph.Update(graph =>
            {
                foreach (var node in nodes.Where(n => n.Exists))
                {
                    graph.PutNode(node.Id, node.Labels, node.Properties);
                }

                foreach (var relationship in relationships)
                {
                    if (relationship.Exists)
                    {
                        graph.PutRelationship(relationship.Id, relationship.Start, relationship.End, relationship.Type, relationship.Properties);
                    }
                    else
                    {
                        graph.RemoveRelationship(relationship.Id);
                    }
                }

                foreach (var node in nodes.Where(n => !n.Exists))
                {
                    graph.RemoveNode(node.Id);
                }
            });
        }

        transaction.Undo.Clear();
        _locks.Release(transaction);
    }

    private static (IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships) Export(CypherEngine engine)
    {
        var options = new CypherExecutionOptions(ReadOnly: true);
        var parameters = new Dictionary<string, object?>();
        var nodes = engine.Execute("MATCH (n) RETURN n", parameters, options, CancellationToken.None).Rows.Select(row => (CypherNode)row[0]!).ToList();
        var relationships = engine.Execute("MATCH ()-[r]->() RETURN r", parameters, options, CancellationToken.None).Rows
            .Select(row => (CypherRelationship)row[0]!).ToList();
        return (nodes, relationships);
    }
}
