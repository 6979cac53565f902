using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class RelationshipEndpoints
{
    public static RouteGroupBuilder MapRelationships(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/relationships").WithTags(OpenApiTags.Relationships);

        group.MapGet("/", ListRelationships)
            .Validate<RelationshipListQuery>()
            .WithName("ListRelationships")
            .WithSummary("List relationships")
            .WithDescription("Facts of the whole graph in type order, filtered by relation type and by the document that states them, each with its evidence; paged.");

        group.MapGet("/{id}", GetRelationship)
            .WithName("GetRelationship")
            .WithSummary("Get a relationship")
            .WithDescription("One fact with its properties and every span of every document that states it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Ok<PageResponse<RelationshipResponse>>> ListRelationships([AsParameters] RelationshipListQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var types = RelationshipTypes.Parse(query.Type);
        var page = await store.ListRelationshipsAsync(new RelationshipQuery(null, Direction.Both, types.Count == 0 ? null : types, query.Document, query.OffsetOf(), query.LimitOf()), cancellationToken);
        return TypedResults.Ok(page.ToResponse(RelationshipResponse.From, http));
    }

    private static async Task<Results<Ok<RelationshipResponse>, ProblemHttpResult>> GetRelationship(string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.GetRelationshipAsync(id, cancellationToken) is { } relationship
            ? TypedResults.Ok(RelationshipResponse.From(relationship))
            : Problems.NotFound("Relationship not found.", $"No relationship has the id '{id}'. List them with GET /api/relationships.");
}
