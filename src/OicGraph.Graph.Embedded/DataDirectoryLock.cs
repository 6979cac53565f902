namespace OicGraph.Graph.Embedded;

/// <summary>
/// One process at a time per data directory. The store serves reads from memory loaded at open, so a second process
/// writing the same SQLite file (a second API, or <c>oicgraph ingest --data</c> beside a running one) would leave the
/// first answering from a graph that is no longer the file's. The lock is an exclusive open of <c>oicgraph.lock</c>
/// (flock on Linux, a share mode on Windows), which the operating system releases if the process dies.
/// </summary>
internal sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "oicgraph.lock";

    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            return new DataDirectoryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new GraphStoreUnavailableException(
                $"The data directory '{dataDirectory}' is in use by another OicGraph process (a running API or 'oicgraph ingest --data'): stop it, or give this one another directory (Graph:Embedded:DataDirectory, or --data).",
                e);
        }
    }

    public void Dispose() => _file.Dispose();
}
