using Microsoft.Extensions.Logging;
using OicGraph.Graph.Cypher;
using OicGraph.Graph.Neo4j.Http;

namespace OicGraph.Graph.Neo4j.Store;

/// <summary>
/// The graph store on Neo4j, over the HTTP Query API. Reads are single implicit read-mode statements (retried on transient
/// faults); every write is one auto-commit statement that locks, merges and writes inside the database (<see cref="WriteStatement"/>),
/// so it is atomic and safe under concurrent writers on a single instance, a cluster member or Aura alike.
/// </summary>
internal sealed partial class Neo4jGraphStore(Neo4jQueryClient client, ILogger<Neo4jGraphStore> logger) : IGraphStore, ICypherQueryRunner
{
    private readonly Lock _schemaGate = new();
    private Task? _schema;

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return Cells.Long((await ReadAsync(Statements.Ping, null, cancellationToken)).Scalar) == 1;
        }
        catch (Exception exception) when (exception is GraphStoreException or GraphStoreUnavailableException)
        {
            logger.LogWarning("Neo4j is not ready: {Reason}", exception.Message);
            return false;
        }
    }

    private async Task<QueryResult> ReadAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await client.RunAsync(new Statement(statement, parameters), new RunOptions(AccessMode.Read), cancellationToken);
        }
        catch (Exception exception) when (Neo4jErrors.IsNeo4jFailure(exception))
        {
            throw Neo4jErrors.ForStore(exception);
        }
    }

    /// <summary>
    /// Runs one write (a single auto-commit statement, see <see cref="WriteStatement"/>). A write the server rolled back
    /// for a reason its drivers retry (a deadlock, a leader switch) runs again; a timeout or a broken connection does not,
    /// since its outcome is then unknown.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureSchemaAsync(cancellationToken);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return await work(cancellationToken);
                }
                catch (Exception exception) when (attempt < client.Options.MaxRetries && Neo4jQueryClient.IsRetryableWrite(exception))
                {
                    var delay = client.RetryDelay(attempt);
                    logger.LogWarning("Neo4j write failed ({Reason}); retry {Attempt} of {MaxRetries} in {Delay} ms",
                        exception.Message, attempt + 1, client.Options.MaxRetries, (int)delay.TotalMilliseconds);
                    await Task.Delay(delay, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (Neo4jErrors.IsNeo4jFailure(exception))
        {
            throw Neo4jErrors.ForStore(exception);
        }
    }

    // Schema statements cannot share a transaction with data writes, so they run once, before the first write, each on
    // its own; a failed attempt is forgotten so the next write tries again.
    private Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        lock (_schemaGate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = CreateSchemaAsync();
            }

            return _schema.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateSchemaAsync()
    {
        foreach (var statement in Statements.Schema)
        {
            await client.RunAsync(new Statement(statement), new RunOptions(AccessMode.Write), CancellationToken.None);
        }
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(argument => argument.Name, argument => argument.Value, StringComparer.Ordinal);
}
