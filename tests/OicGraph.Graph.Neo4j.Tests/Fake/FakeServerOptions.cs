namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>Knobs of the fake Query API; most can be changed while it runs to inject a failure mid-test.</summary>
public sealed class FakeServerOptions
{
    public string Database { get; set; } = "neo4j";

    /// <summary>Basic-auth credentials the server demands; null user means auth is disabled (NEO4J_AUTH=none).</summary>
    public string? User { get; set; } = "neo4j";

    public string Password { get; set; } = "test-password";

    /// <summary>server.queryapi.transaction_idle_timeout: an explicit transaction idle this long is rolled back and forgotten.</summary>
    public TimeSpan TransactionExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The server accepts connections but never answers (a hung JVM, a dead proxy).</summary>
    public bool Hang { get; set; }

    /// <summary>The next this-many statements fail with <see cref="TransientCode"/>, as a deadlock or leader switch would.</summary>
    public int TransientFailures
    {
        get => Volatile.Read(ref _transientFailures);
        set => Volatile.Write(ref _transientFailures, value);
    }

    private int _transientFailures;

    /// <summary>Takes one of <see cref="TransientFailures"/> if any is left: statements now run at once, so two must not take the same one.</summary>
    public bool TakeTransientFailure()
    {
        var left = Volatile.Read(ref _transientFailures);
        while (left > 0)
        {
            var seen = Interlocked.CompareExchange(ref _transientFailures, left - 1, left);
            if (seen == left)
            {
                return true;
            }

            left = seen;
        }

        return false;
    }

    /// <summary>The next this-many requests get the start of a 202 body, then the connection is cut (a crash mid-answer).</summary>
    public int CutConnections { get; set; }

    public string TransientCode { get; set; } = "Neo.TransientError.Transaction.DeadlockDetected";

    /// <summary>When set, transactions are pinned like on Aura: the header comes back on begin and must be replayed.</summary>
    public string? ClusterAffinity { get; set; }

    /// <summary>Answer as 2026.07+ does (queryType and timers in every body) instead of 5.26.</summary>
    public bool Modern { get; set; }
}
