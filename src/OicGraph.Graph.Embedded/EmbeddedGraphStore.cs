using OicGraph.Cypher;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>
/// The default backend: every read is served from in-memory indexes; every write is planned against them, committed to
/// SQLite in one transaction, and only then applied in memory, so a failed batch leaves both untouched.
/// Writers queue on one semaphore; readers share a reader-writer lock with the brief in-memory apply.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphStore, IGraphVersion, IDisposable
{
    private readonly DataDirectoryLock _directoryLock;
    private readonly SqliteGraphFile _file;
    private readonly GraphState _state;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly CypherView _cypherView;
    private readonly CypherEngineQueryRunner _cypherRunner;

    private EmbeddedGraphStore(DataDirectoryLock directoryLock, SqliteGraphFile file, GraphState state)
    {
        _directoryLock = directoryLock;
        _file = file;
        _state = state;
        _cypherView = CypherView.Build(state);
        _cypherRunner = new CypherEngineQueryRunner(_cypherView.Engine, _cypherView.CatchUp);
    }

    // A new epoch per open: versions restart with the process, so a tag from an earlier run can never match.
    private readonly string _epoch = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));

    internal SqliteGraphFile File => _file;

    /// <summary>The epoch of this open and the count of plans applied since; read without a lock (a write bumps it under one).</summary>
    public string VersionToken => $"{_epoch}.{_state.Version}";

    /// <summary>
    /// Opens (or creates) the store in <paramref name="dataDirectory"/>, which it holds alone until disposed: a directory
    /// another process holds is a <see cref="GraphStoreUnavailableException"/> saying so.
    /// </summary>
    public static EmbeddedGraphStore Open(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var directoryLock = DataDirectoryLock.Acquire(dataDirectory);
        SqliteGraphFile? file = null;
        try
        {
            file = SqliteGraphFile.Open(Path.Combine(dataDirectory, EmbeddedGraphOptions.FileName));
            return new EmbeddedGraphStore(directoryLock, file, file.Load());
        }
        catch
        {
            file?.Dispose();
            directoryLock.Dispose();
            throw;
        }
    }

    public async Task<GraphChange> ApplyAsync(GraphPatch patch, CancellationToken cancellationToken = default)
    {
        GraphPatchValidator.ThrowIfInvalid(patch);
        return await WriteAsync(
            () =>
            {
                // Under the writer's semaphore: no other write can take the id between this check and the commit.
                foreach (var id in patch.CreateOnly)
                {
                    if (_state.Documents.TryGetValue(id, out var stored))
                    {
                        throw new DocumentExistsException(id, stored.ContentHash);
                    }
                }

                return PatchPlanner.PlanApply(_state, patch);
            },
            cancellationToken) ?? GraphChange.None;
    }

    public Task<GraphChange?> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        WriteAsync(() => PatchPlanner.PlanDelete(_state, documentId), cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public void Dispose()
    {
        _file.Dispose();
        _writer.Dispose();
        _lock.Dispose();
        _directoryLock.Dispose();
    }

    private async Task<GraphChange?> WriteAsync(Func<StorePlan?> plan, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            // Only this writer mutates the state, so planning outside the read lock sees a stable graph.
            var planned = plan();
            if (planned is null)
            {
                return null;
            }

            if (IsNoop(planned))
            {
                return planned.Change;
            }

            _file.Write(planned);
            _lock.EnterWriteLock();
            try
            {
                _state.Apply(planned);
            }
            finally
            {
                _lock.ExitWriteLock();
            }

            // Still under the writer's semaphore, so the view receives plans in commit order.
            _cypherView.Enqueue(planned);
            return planned.Change;
        }
        finally
        {
            _writer.Release();
        }
    }

    private static bool IsNoop(StorePlan plan) =>
        plan.Change.IsEmpty && plan.DocumentUpserts.Count == 0 && plan.DocumentDeletes.Count == 0 && plan.EntityUpserts.Count == 0
        && plan.RelationshipUpserts.Count == 0 && plan.MentionReplacements.Count == 0;

    private T Read<T>(Func<GraphState, T> query)
    {
        _lock.EnterReadLock();
        try
        {
            return query(_state);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }
}
