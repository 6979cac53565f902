namespace OicGraph.Graph;

/// <summary>
/// A store that knows cheaply whether anything changed: while <see cref="VersionToken"/> stays the same, every read
/// answers as it did, so an HTTP validator can be derived from it before any work is done.
/// </summary>
public interface IGraphVersion
{
    /// <summary>Opaque, changes with every committed write (and with every start of the process holding the graph).</summary>
    string VersionToken { get; }
}
