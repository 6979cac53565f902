namespace OicGraph.Cypher.Graph;

/// <summary>A node or relationship: both carry an id, properties and a deleted flag (deletes are visible to the query).</summary>
internal abstract class GraphEntity(long id)
{
    public long Id { get; } = id;

    public PropertyMap Properties { get; } = new();

    public bool Deleted { get; set; }
}

internal sealed class NodeRecord(long id) : GraphEntity(id)
{
    public List<string> Labels { get; } = [];

    /// <summary>
    /// The graph's bit of each label in <see cref="Labels"/> that has one (<see cref="PropertyGraph.LabelBit"/>): a
    /// pattern's labels are then tested on the node's own fields, not by walking its label list (two more objects per node
    /// tried, which at 100k tried nodes is most of a label test's cost).
    /// </summary>
    public ulong LabelBits { get; set; }

    public List<RelRecord> Outgoing { get; } = [];

    public List<RelRecord> Incoming { get; } = [];

    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);
}

internal sealed class RelRecord(long id, string type, NodeRecord start, NodeRecord end) : GraphEntity(id)
{
    public string Type { get; } = type;

    public NodeRecord Start { get; } = start;

    public NodeRecord End { get; } = end;

    public NodeRecord Other(NodeRecord node) => ReferenceEquals(Start, node) ? End : Start;
}

/// <summary>A path value: nodes and relationships alternate, Nodes.Count == Rels.Count + 1.</summary>
internal sealed record PathValue(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelRecord> Rels);
