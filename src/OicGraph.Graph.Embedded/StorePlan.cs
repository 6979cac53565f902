using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>Exactly what one patch or deletion writes, row by row: committed to disk first, then applied in memory.</summary>
internal sealed record StorePlan(
    IReadOnlyList<Document> DocumentUpserts,
    IReadOnlyList<string> DocumentDeletes,
    IReadOnlyList<Entity> EntityUpserts,
    IReadOnlyList<string> EntityDeletes,
    IReadOnlyList<Relationship> RelationshipUpserts,
    IReadOnlyList<string> RelationshipDeletes,
    IReadOnlyDictionary<string, IReadOnlyList<Mention>> MentionReplacements,
    GraphChange Change);
