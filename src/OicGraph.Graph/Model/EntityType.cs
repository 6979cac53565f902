namespace OicGraph.Graph.Model;

/// <summary>The one type every entity has; also its Neo4j label.</summary>
public enum EntityType
{
    Country,
    Region,
    City,
    Place,
    Organization,
    Person,
    Event,
    Initiative,
    Language,
    Group,
    Date,
}
