using OicGraph.Graph.Cypher;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// The last line of defence for the read-only endpoint: a query whose rows, groups or sort buffer fill the managed
/// heap fails with Neo4j's memory-pool error instead of taking the process down with an OutOfMemoryException.
/// The list caps and the timeout normally stop a query long before this.
/// </summary>
internal static class MemoryGuard
{
    // Headroom for the graph itself, the web host and concurrent queries.
    private const double MaxHeapShare = 0.75;

    public static void Check()
    {
        var info = GC.GetGCMemoryInfo();
        var limit = (long)(info.TotalAvailableMemoryBytes * MaxHeapShare);
        if (limit <= 0 || info.HeapSizeBytes <= limit)
        {
            return;
        }

        // The heap size of the last collection may be mostly garbage; only a full collection tells what is live.
        if (GC.GetTotalMemory(forceFullCollection: true) <= limit)
        {
            return;
        }

        throw new CypherQueryException(
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "The query was stopped because the server is running out of memory; return fewer rows or aggregate sooner.");
    }
}
