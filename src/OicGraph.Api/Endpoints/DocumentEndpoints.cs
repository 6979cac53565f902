using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags(OpenApiTags.Documents);

        group.MapGet("/", ListDocuments)
            .Validate<PageQuery>()
            .WithName("ListDocuments")
            .WithSummary("List documents")
            .WithDescription("Every source of the graph in id order: articles, and the reference-data files whose rows are the evidence of reference facts; paged.");

        group.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Get a document")
            .WithDescription("The document's metadata and its exact text, the text every mention and evidence offset refers to.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Ok<PageResponse<DocumentSummaryResponse>>> ListDocuments([AsParameters] PageQuery query, IGraphStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var page = await store.ListDocumentsAsync(query.OffsetOf(), query.LimitOf(), cancellationToken);
        return TypedResults.Ok(page.ToResponse(DocumentSummaryResponse.From, http));
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return Problems.DocumentNotFound(id);
        }

        var mentions = await store.GetMentionsAsync(null, id, cancellationToken);
        var facts = await store.ListRelationshipsAsync(new RelationshipQuery(DocumentId: id, Limit: 1), cancellationToken);
        return TypedResults.Ok(new DocumentResponse(
            DocumentSummaryResponse.From(DocumentSummary.Of(document, mentions.Count)),
            document.Text,
            mentions.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Count(),
            facts.Total));
    }
}
