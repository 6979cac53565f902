namespace OicGraph.Graph.Neo4j.Http;

/// <summary>
/// The process-wide bookmark manager, as Neo4j's drivers keep one: every unit of work starts with the latest bookmarks this
/// process holds, and when it completes, the bookmarks it started from are replaced by the ones the server answered. On a
/// cluster or Aura a read then waits until the member serving it has caught up with this process's writes, so
/// POST /api/documents followed by a read always sees the document. On a single instance bookmarks are cheap no-ops.
/// </summary>
internal sealed class Neo4jBookmarks
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _latest = new(StringComparer.Ordinal);

    /// <summary>The bookmarks to send with the next unit of work.</summary>
    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_gate)
            {
                return [.. _latest.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>A unit of work that began with <paramref name="startedWith"/> ended, and the server answered <paramref name="received"/>.</summary>
    public void Complete(IReadOnlyList<string> startedWith, IReadOnlyList<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            // Only what this unit of work started from is superseded; bookmarks of writes that finished meanwhile stay.
            _latest.ExceptWith(startedWith);
            _latest.UnionWith(received);
        }
    }
}
