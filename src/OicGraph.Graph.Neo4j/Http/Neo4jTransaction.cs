using Microsoft.Extensions.Logging;

namespace OicGraph.Graph.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction (<c>/tx/{id}</c>). Disposing it without a commit rolls it back, so a failure anywhere
/// in a unit of work leaves nothing behind even if Neo4j would otherwise keep the transaction open until it expires.
/// </summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, string path, string? affinity, ILogger logger) : IAsyncDisposable
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);
    private bool _finished;

    public string Path => path;

    /// <summary>Told the commit's bookmarks, for the process-wide bookmark manager.</summary>
    public Action<IReadOnlyList<string>>? Completed { get; init; }

    public async Task<QueryResult> RunAsync(Statement statement, CancellationToken cancellationToken)
    {
        var body = QueryRequestWriter.Write(statement, AccessMode.Write);
        var response = await client.SendAsync(HttpMethod.Post, path, body, ResultFormat.Plain, null, null, affinity, cancellationToken);
        return response.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var response = await client.SendAsync(HttpMethod.Post, path + "/commit", EmptyObject, ResultFormat.Plain, null, null, affinity, cancellationToken);
        _finished = true;
        Completed?.Invoke(response.Bookmarks);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        try
        {
            await client.SendAsync(HttpMethod.Delete, path, null, ResultFormat.Plain, null, RollbackTimeout, affinity, cancellationToken);
        }
        catch (Neo4jServerException exception) when (exception.IsTransactionGone)
        {
            // A failed statement already ended the transaction on the server; nothing is left to undo.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is Neo4jServerException or Neo4jTransportException)
        {
            // The server drops an abandoned transaction after its idle timeout anyway; the original failure matters more.
            logger.LogWarning(exception, "Rolling back Neo4j transaction {Path} failed", path);
        }
    }
}
