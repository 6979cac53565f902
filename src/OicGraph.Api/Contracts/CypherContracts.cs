using System.Text.Json;
using System.Text.Json.Nodes;

namespace OicGraph.Api.Contracts;

/// <summary>A read-only Cypher query.</summary>
/// <param name="Query" example="MATCH (c:Country)-[m:MEMBER_OF]->(o:Entity {id: $oic}) RETURN c.name AS country, m.since AS since ORDER BY since">The Cypher statement; write clauses are refused.</param>
/// <param name="Parameters">Values for the query's $parameters (JSON scalars, arrays and objects).</param>
/// <param name="RowLimit" example="100">Most rows to return, 1-10000 (default 1000); truncated says when more existed.</param>
/// <param name="TimeoutSeconds" example="10">Seconds before the query is cancelled, 1-120 (default 15).</param>
public sealed record CypherRequest(string? Query, JsonObject? Parameters, int? RowLimit, int? TimeoutSeconds);

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
