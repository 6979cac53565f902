using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded;

/// <summary>Exactly what one patch or deletion writes, row by row: committed to disk first, then applied in memory.</summary>
/// <param name="EvidenceDocuments">
/// The documents this plan writes or deletes. A fact's evidence from any other document is left exactly as it was (the
/// planner only drops the written documents' evidence and adds the patch's, which comes from those documents alone), so
/// an updated fact's evidence is rewritten for these documents only, not for every document that ever stated it.
/// </param>
internal sealed record StorePlan(
    IReadOnlyList<Document> DocumentUpserts,
    IReadOnlyList<string> DocumentDeletes,
    IReadOnlyList<Entity> EntityUpserts,
    IReadOnlyList<string> EntityDeletes,
    IReadOnlyList<Relationship> RelationshipUpserts,
    IReadOnlyList<string> RelationshipDeletes,
    IReadOnlyDictionary<string, IReadOnlyList<Mention>> MentionReplacements,
    GraphChange Change,
    IReadOnlyCollection<string> EvidenceDocuments);
