using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph.Cypher;

namespace OicGraph.Api.Endpoints;

internal static class CypherEndpoints
{
    public static RouteHandlerBuilder MapCypher(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/cypher", RunCypher)
            .Validate<CypherRequest>()
            .WithTags(OpenApiTags.Cypher)
            .WithName("RunCypher")
            .WithSummary("Run a read-only Cypher query")
            .WithDescription("Runs a Cypher query over the graph model in README.md, with parameters, a row limit and a timeout; on Neo4j in READ access mode, on the embedded backend with the built-in openCypher engine. Nodes, relationships and paths come back as graph elements a frontend can draw. Write clauses get 403, invalid queries 400 with the position, a query over its timeout 504.")
            .Accepts<CypherRequest>("application/json")
            .WithRequestExample(new CypherRequest(
                "MATCH (c:Country)-[m:MEMBER_OF]->(:Entity {id: $oic}) RETURN c.name AS country, m.since AS since ORDER BY since, country",
                new System.Text.Json.Nodes.JsonObject { ["oic"] = "oic" },
                100,
                10))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    private static async Task<Ok<CypherResponse>> RunCypher(CypherRequest request, ICypherQueryRunner runner, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await runner.RunReadOnlyAsync(
            new CypherQuery(request.Query!, CypherValues.Parameters(request.Parameters), request.RowLimit ?? 1000, TimeSpan.FromSeconds(request.TimeoutSeconds ?? 15)),
            cancellationToken);
        var nodes = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var rows = result.Rows
            .Select(row => JsonSerializer.SerializeToElement(new JsonArray([.. row.Select(cell => CypherValues.ToJson(cell, nodes, relationships))])))
            .ToList();
        return TypedResults.Ok(new CypherResponse(
            result.Columns,
            rows,
            result.Truncated,
            new CypherGraph([.. nodes.Values.Select(n => JsonSerializer.SerializeToElement(n))], [.. relationships.Values.Select(r => JsonSerializer.SerializeToElement(r))]),
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }
}
