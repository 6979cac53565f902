namespace OicGraph.Graph.Embedded;

/// <summary>Where the embedded store keeps its SQLite file (<c>Graph:Embedded:DataDirectory</c>).</summary>
public sealed class EmbeddedGraphOptions
{
    public const string Section = "Graph:Embedded";

    public const string FileName = "oicgraph.db";

    /// <summary>A relative path is taken from the content root; the directory is created when missing.</summary>
    public string DataDirectory { get; set; } = "data";
}
