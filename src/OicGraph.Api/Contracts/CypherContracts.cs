using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace OicGraph.Api.Contracts;

/// <summary>A read-only Cypher query.</summary>
/// <param name="Query" example="MATCH (c:Country)-[m:MEMBER_OF]->(o:Entity {id: $oic}) RETURN c.name AS country, m.since AS since ORDER BY since">The Cypher statement; write clauses are refused.</param>
/// <param name="Parameters">Values for the query's $parameters (JSON scalars, arrays and objects).</param>
/// <param name="RowLimit" example="100">Most rows to return, 1-10000 (default 1000); truncated says when more existed.</param>
/// <param name="TimeoutSeconds" example="10">Seconds before the query is cancelled, 1-120 (default 15).</param>
public sealed record CypherRequest(string? Query, Dictionary<string, JsonElement>? Parameters, int? RowLimit, int? TimeoutSeconds);

/// <summary>
/// The answer of a Cypher query. Cells are JSON values; nodes, relationships and paths are objects with a <c>kind</c>
/// of node, relationship or path, and <c>graph</c> gathers every node and relationship in the rows for drawing.
/// </summary>
/// <param name="Columns">Column names in order.</param>
/// <param name="Rows">Rows, each an array aligned with the columns.</param>
/// <param name="Truncated">True when the row limit cut the result.</param>
/// <param name="Graph">Every node and relationship the rows hold, without duplicates, in the shape of a graph view.</param>
/// <param name="ElapsedMilliseconds" example="3">Time the query took on the server.</param>
public sealed record CypherResponse(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement> Rows, bool Truncated, CypherGraph Graph, long ElapsedMilliseconds);

/// <summary>Nodes and relationships found in a Cypher result.</summary>
/// <param name="Nodes">Nodes, as in the rows.</param>
/// <param name="Relationships">Relationships, as in the rows.</param>
public sealed record CypherGraph(IReadOnlyList<JsonElement> Nodes, IReadOnlyList<JsonElement> Relationships);

/// <summary>A node in a Cypher result (rows and <c>graph.nodes</c>).</summary>
/// <param name="Kind" example="node">Always node.</param>
/// <param name="Id" example="4:oicgraph:12">The element id.</param>
/// <param name="Labels">Its labels, e.g. Entity and Country.</param>
/// <param name="Properties">Its properties, typed as README's graph-model table says.</param>
public sealed record CypherNodeElement([property: AllowedValues("node")] string Kind, string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, JsonElement> Properties);

/// <summary>A relationship in a Cypher result (rows and <c>graph.relationships</c>).</summary>
/// <param name="Kind" example="relationship">Always relationship.</param>
/// <param name="Id" example="5:oicgraph:40">The element id.</param>
/// <param name="Type" example="MEMBER_OF">The relationship type.</param>
/// <param name="Start" example="4:oicgraph:12">Element id of the start node.</param>
/// <param name="End" example="4:oicgraph:3">Element id of the end node.</param>
/// <param name="Properties">Its properties, typed as README's graph-model table says.</param>
public sealed record CypherRelationshipElement([property: AllowedValues("relationship")] string Kind, string Id, string Type, string Start, string End, IReadOnlyDictionary<string, JsonElement> Properties);
