using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Endpoints;

internal static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntities(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/entities").WithTags(OpenApiTags.Entities);

        group.MapGet("/", ListEntities)
            .Validate<EntityListQuery>()
            .WithName("ListEntities")
            .WithSummary("List entities")
            .WithDescription("Entities in name order, filtered by type, by a text query over every name in every script (inflected Kazakh forms included) and by the document that names them; paged, with the total count and a link to the next page.");

        group.MapGet("/{id}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("Get an entity")
            .WithDescription("The entity's names in every script, aliases and properties, how often and where the documents name it, and every mention with its exact words and offsets.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/relationships", GetEntityRelationships)
            .Validate<EntityRelationshipsQuery>()
            .WithName("GetEntityRelationships")
            .WithSummary("Relationships of an entity")
            .WithDescription("Facts the entity takes part in, filtered by direction (outgoing, incoming, both) and relation type, each with its properties and the evidence spans it was read from; paged.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/neighbors", GetNeighbors)
            .Validate<NeighborsQuery>()
            .WithName("GetEntityNeighbors")
            .WithSummary("Neighbourhood of an entity")
            .WithDescription("The entity and everything within 1 to 3 hops of it, in either direction, as nodes and edges ready for a graph view.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Ok<PageResponse<EntityResponse>>> ListEntities([AsParameters] EntityListQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var keys = string.IsNullOrWhiteSpace(query.Q) ? null : SearchKeys.ForQuery(query.Q);
        var type = query.Type is null ? (EntityType?)null : NamedEnum.Parse<EntityType>(query.Type);
        var page = await store.ListEntitiesAsync(new EntityQuery(type, keys, query.Document, query.OffsetOf(), query.LimitOf()), cancellationToken);
        return TypedResults.Ok(page.ToResponse(EntityResponse.From, http));
    }

    private static async Task<Results<Ok<EntityDetailsResponse>, ProblemHttpResult>> GetEntity(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var details = await store.GetEntityDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return Problems.EntityNotFound(id);
        }

        var mentions = await store.GetMentionsAsync(id, null, cancellationToken);
        return TypedResults.Ok(new EntityDetailsResponse(
            EntityResponse.From(details.Entity),
            details.MentionCount,
            [.. details.Documents.Select(DocumentSummaryResponse.From)],
            [.. mentions.Select(MentionResponse.From)]));
    }

    private static async Task<Results<Ok<PageResponse<RelationshipResponse>>, ProblemHttpResult>> GetEntityRelationships(
        string id, [AsParameters] EntityRelationshipsQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(id, cancellationToken) is null)
        {
            return Problems.EntityNotFound(id);
        }

        var direction = query.Direction is null ? Direction.Both : NamedEnum.Parse<Direction>(query.Direction);
        var types = RelationshipTypes.Parse(query.Type);
        var page = await store.ListRelationshipsAsync(new RelationshipQuery(id, direction, types.Count == 0 ? null : types, null, query.OffsetOf(), query.LimitOf()), cancellationToken);
        return TypedResults.Ok(page.ToResponse(RelationshipResponse.From, http));
    }

    private static async Task<Results<Ok<GraphResponse>, ProblemHttpResult>> GetNeighbors(string id, [AsParameters] NeighborsQuery query, IGraphStore store, CancellationToken cancellationToken)
    {
        var slice = await store.GetNeighborhoodAsync(id, query.Depth ?? 1, query.Limit ?? 500, cancellationToken);
        return slice is null ? Problems.EntityNotFound(id) : TypedResults.Ok(GraphResponse.From(slice));
    }
}
