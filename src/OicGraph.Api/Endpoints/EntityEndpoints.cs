using OicGraph.Api.Contracts;
using OicGraph.Api.Exports;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Endpoints;

internal static class EntityEndpoints
{
    // The entity page stays small however often the corpus names it; the rest is a link away.
    private const int InlineDocuments = 20;
    private const int InlineMentions = 50;

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
            .WithDescription("The entity's names in every script, aliases and properties, how often and in how many documents it is named, the first 20 of those documents and its first 50 mentions with their exact words and offsets; documentsNext and mentionsNext link to the rest.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/documents", GetEntityDocuments)
            .Validate<PageQuery>()
            .WithName("GetEntityDocuments")
            .WithSummary("Documents that name an entity")
            .WithDescription("The documents that name the entity, by id, each with its mention count; paged, with the total and a link to the next page.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/mentions", GetEntityMentions)
            .Validate<PageQuery>()
            .WithName("GetEntityMentions")
            .WithSummary("Mentions of an entity")
            .WithDescription("Every place the documents name the entity, by document id then position, with the exact words and offsets; paged, with the total and a link to the next page.")
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
        var entity = await store.GetEntityAsync(id, cancellationToken);
        var documents = entity is null ? null : await store.ListEntityDocumentsAsync(id, 0, InlineDocuments, cancellationToken);
        var mentions = documents is null ? null : await store.ListEntityMentionsAsync(id, 0, InlineMentions, cancellationToken);
        if (entity is null || documents is null || mentions is null)
        {
            return Problems.EntityNotFound(id);
        }

        var escaped = Uri.EscapeDataString(id);
        return TypedResults.Ok(new EntityDetailsResponse(
            EntityResponse.From(entity),
            mentions.Total,
            [.. documents.Items.Select(DocumentSummaryResponse.From)],
            [.. mentions.Items.Select(MentionResponse.From)],
            documents.Total,
            documents.Total > documents.Items.Count ? $"/api/entities/{escaped}/documents?offset={documents.Items.Count}&limit={Paging.DefaultLimit}" : null,
            mentions.Total > mentions.Items.Count ? $"/api/entities/{escaped}/mentions?offset={mentions.Items.Count}&limit={Paging.DefaultLimit}" : null));
    }

    private static async Task<Results<Ok<PageResponse<DocumentSummaryResponse>>, ProblemHttpResult>> GetEntityDocuments(
        string id, [AsParameters] PageQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken) =>
        await store.ListEntityDocumentsAsync(id, query.OffsetOf(), query.LimitOf(), cancellationToken) is { } page
            ? TypedResults.Ok(page.ToResponse(DocumentSummaryResponse.From, http))
            : Problems.EntityNotFound(id);

    private static async Task<Results<Ok<PageResponse<MentionResponse>>, ProblemHttpResult>> GetEntityMentions(
        string id, [AsParameters] PageQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken) =>
        await store.ListEntityMentionsAsync(id, query.OffsetOf(), query.LimitOf(), cancellationToken) is { } page
            ? TypedResults.Ok(page.ToResponse(MentionResponse.From, http))
            : Problems.EntityNotFound(id);

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

    private static async Task<Results<GraphJsonResult, ProblemHttpResult>> GetNeighbors(
        string id, [AsParameters] NeighborsQuery query, IGraphStore store, EncodedGraphRecords records, CancellationToken cancellationToken)
    {
        var slice = await store.GetNeighborhoodAsync(id, query.Depth ?? 1, query.Limit ?? 500, cancellationToken);
        return slice is null ? Problems.EntityNotFound(id) : new GraphJsonResult(slice, GraphJsonShape.Graph, records.For(store));
    }
}
