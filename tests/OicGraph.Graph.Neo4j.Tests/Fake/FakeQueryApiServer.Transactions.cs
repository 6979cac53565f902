using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

// Explicit transactions: ids and idle expiry. Isolation is the executor's (the engine executor locks as Neo4j does).
public sealed partial class FakeQueryApiServer
{
    private sealed class OpenTransaction(string id, DateTimeOffset expires)
    {
        public string Id { get; } = id;

        public DateTimeOffset Expires { get; set; } = expires;

        /// <summary>Statements of it under way (one may wait for a lock): the idle timeout does not run out meanwhile.</summary>
        public int Running;
    }

    private readonly ConcurrentDictionary<string, OpenTransaction> _transactions = new(StringComparer.Ordinal);

    public int OpenTransactions => _transactions.Count;

    /// <summary>Times every idle open transaction out now, as the idle timeout would between two requests.</summary>
    public void ExpireTransactions()
    {
        foreach (var transaction in _transactions.Values.Where(t => Volatile.Read(ref t.Running) == 0).ToList())
        {
            End(transaction, commit: false);
        }
    }

    private OpenTransaction? Find(string id, HttpContext context)
    {
        ExpireStale();
        if (!_transactions.TryGetValue(id, out var transaction))
        {
            return null;
        }

        return Options.ClusterAffinity is { } affinity && context.Request.Headers["neo4j-cluster-affinity"] != affinity ? null : transaction;
    }

    private void End(OpenTransaction transaction, bool commit)
    {
        if (!_transactions.TryRemove(transaction.Id, out _))
        {
            return;
        }

        if (commit)
        {
            _executor.Commit(transaction.Id);
        }
        else
        {
            _executor.Rollback(transaction.Id);
        }
    }

    private void ExpireStale()
    {
        foreach (var transaction in _transactions.Values.Where(t => t.Expires < DateTimeOffset.UtcNow && Volatile.Read(ref t.Running) == 0).ToList())
        {
            End(transaction, commit: false);
        }
    }

    private async Task<FakeOutcome> ExecuteInAsync(OpenTransaction transaction, FakeRequestBody body)
    {
        Interlocked.Increment(ref transaction.Running);
        try
        {
            return await ExecuteAsync(new FakeStatement(body.Statement!, body.Parameters, body.ReadMode, transaction.Id));
        }
        finally
        {
            Interlocked.Decrement(ref transaction.Running);
        }
    }
}
