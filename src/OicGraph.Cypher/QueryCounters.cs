namespace OicGraph.Cypher;

/// <summary>Write statistics of one execution, shaped like Neo4j's <c>counters</c>.</summary>
public sealed class QueryCounters
{
    public int NodesCreated { get; internal set; }

    public int NodesDeleted { get; internal set; }

    public int RelationshipsCreated { get; internal set; }

    public int RelationshipsDeleted { get; internal set; }

    public int PropertiesSet { get; internal set; }

    public int LabelsAdded { get; internal set; }

    public int LabelsRemoved { get; internal set; }

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved > 0;
}
