using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

// Explicit transactions: ids, one request at a time, and idle expiry. Isolation is the executor's (the engine executor
// locks as Neo4j does).
public sealed partial class FakeQueryApiServer
{
    /// <summary>
    /// An open transaction, held by at most one request at a time as Neo4j's Query API holds it (QueryAPITransaction's
    /// lock, taken with tryLock by every request on the transaction and by the idle-timeout job): another request meanwhile,
    /// a DELETE too, is refused with 400 <c>TransactionAccessedConcurrently</c> and changes nothing, and a transaction whose
    /// statement is under way (one may wait for a lock) never times out.
    /// </summary>
    private sealed class OpenTransaction(string id, DateTimeOffset expires)
    {
        private int _held;

        public string Id { get; } = id;

        public DateTimeOffset Expires { get; set; } = expires;

        public bool TryAcquire() => Interlocked.CompareExchange(ref _held, 1, 0) == 0;

        public void Release() => Volatile.Write(ref _held, 0);
    }

    private readonly ConcurrentDictionary<string, OpenTransaction> _transactions = new(StringComparer.Ordinal);

    public int OpenTransactions => _transactions.Count;

    /// <summary>Times every idle open transaction out now, as the idle timeout would between two requests.</summary>
    public void ExpireTransactions() => Expire(_ => true);

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

    private void ExpireStale() => Expire(t => t.Expires < DateTimeOffset.UtcNow);

    // Like Neo4j's timeout job: a transaction a request holds is skipped, so it cannot end under that request.
    private void Expire(Func<OpenTransaction, bool> due)
    {
        foreach (var transaction in _transactions.Values.ToList())
        {
            if (transaction.TryAcquire())
            {
                if (due(transaction))
                {
                    End(transaction, commit: false);
                }

                transaction.Release();
            }
        }
    }

    private Task<FakeOutcome> ExecuteInAsync(OpenTransaction transaction, FakeRequestBody body) =>
        ExecuteAsync(new FakeStatement(body.Statement!, body.Parameters, body.ReadMode, transaction.Id));
}
