using OicGraph.Graph.Model;

namespace OicGraph.Api.Contracts;

/// <summary>Cytoscape.js <c>elements</c>: <c>{ nodes: [{ data, classes }], edges: [{ data, classes }] }</c>, ready for <c>cy.add()</c>.</summary>
/// <param name="Nodes">One element per entity.</param>
/// <param name="Edges">One element per relationship between them.</param>
/// <param name="Truncated">True when the limit cut the graph short.</param>
public sealed record CytoscapeElementsResponse(IReadOnlyList<CytoscapeNode> Nodes, IReadOnlyList<CytoscapeEdge> Edges, bool Truncated);

/// <summary>A node element.</summary>
/// <param name="Data">The entity.</param>
/// <param name="Classes" example="Country">The entity type, for styling by class.</param>
public sealed record CytoscapeNode(CytoscapeNodeData Data, string Classes);

/// <summary>A node's data.</summary>
/// <param name="Id" example="kazakhstan">The entity id.</param>
/// <param name="Label" example="Kazakhstan">Its display name.</param>
/// <param name="Type" example="Country">Its type.</param>
/// <param name="Names">Names by language and script: en, kk-Cyrl, kk-Latn, kk-Arab.</param>
/// <param name="Properties">Typed properties, as in EntityResponse.</param>
public sealed record CytoscapeNodeData(string Id, string Label, EntityType Type, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, object> Properties);

/// <summary>An edge element.</summary>
/// <param name="Data">The relationship.</param>
/// <param name="Classes" example="MEMBER_OF">The relation type, for styling by class.</param>
public sealed record CytoscapeEdge(CytoscapeEdgeData Data, string Classes);

/// <summary>An edge's data.</summary>
/// <param name="Id" example="kazakhstan--member-of--oic--since-1995">The relationship id.</param>
/// <param name="Source" example="kazakhstan">Id of the entity it starts from.</param>
/// <param name="Target" example="oic">Id of the entity it points to.</param>
/// <param name="Label" example="MEMBER_OF">The relation type.</param>
/// <param name="Properties">Typed properties, as in RelationshipResponse.</param>
/// <param name="Evidence">The words it was read from.</param>
public sealed record CytoscapeEdgeData(
    string Id, string Source, string Target, RelationType Label, IReadOnlyDictionary<string, object> Properties, IReadOnlyList<CytoscapeEvidence> Evidence);

/// <summary>A span of evidence.</summary>
/// <param name="DocumentId" example="oic-interview-mussinov">The document.</param>
/// <param name="Start" example="2100">Offset of the first character.</param>
/// <param name="End" example="2290">Offset just past the last character.</param>
/// <param name="Text">The exact words.</param>
public sealed record CytoscapeEvidence(string DocumentId, int Start, int End, string Text);
