using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;
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
            .WithDescription("Runs a Cypher query over the graph model in README.md, with parameters, a row limit and a timeout; on Neo4j in READ access mode, on the embedded backend with the built-in openCypher engine. Nodes, relationships and paths come back as graph elements a frontend can draw. Write clauses get 403, invalid queries 400 with the position, an answer over the size limit 422, a query over its timeout 504, and 503 with Retry-After while the server's query slots and queue are full.")
            .Accepts<CypherRequest>("application/json")
            .WithRequestExample(new CypherRequest(
                "MATCH (c:Country)-[m:MEMBER_OF]->(:Entity {id: $oic}) RETURN c.name AS country, m.since AS since ORDER BY since, country",
                new Dictionary<string, System.Text.Json.JsonElement> { ["oic"] = System.Text.Json.JsonSerializer.SerializeToElement("oic") },
                100,
                10))
            .Produces<CypherResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    private static async Task<IResult> RunCypher(
        CypherRequest request, ICypherQueryRunner runner, CypherAdmission admission, IOptions<CypherOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxResponseBytes;
        long started;
        CypherResult result;

        // The slot covers the query alone: the answer is already capped at MaxResponseBytes, and writing it out while
        // holding the slot made every queued query wait for another request's serialisation too.
        using (var turn = await admission.EnterAsync(cancellationToken))
        {
            if (turn is null)
            {
                var retryAfter = admission.RetryAfterSeconds();
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    title: "The server is busy with other Cypher queries.",
                    detail: $"Every Cypher slot and the queue behind them are taken (Api:Cypher:MaxConcurrentQueries, QueueLimit); retry after {retryAfter} s.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            started = Stopwatch.GetTimestamp();
            var query = new CypherQuery(
                request.Query!, CypherValues.Parameters(request.Parameters), request.RowLimit ?? 1000, TimeSpan.FromSeconds(request.TimeoutSeconds ?? 15))
            {
                MaxResultBytes = maxBytes,
            };
            result = await runner.RunReadOnlyAsync(query, cancellationToken);
        }

        var json = CypherJsonWriter.Write(result, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, maxBytes);
        return TypedResults.Bytes(json.WrittenMemory, "application/json; charset=utf-8");
    }
}
