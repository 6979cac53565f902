using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;
using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Errors;
using OicGraph.Ingestion;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class DocumentWriteEndpoints
{
    public static RouteGroupBuilder MapDocumentWrites(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags(OpenApiTags.Documents);

        group.MapPost("/", CreateDocument)
            .RequireApiKey()
            .Validate<CreateDocumentRequest>()
            .WithName("CreateDocument")
            .WithSummary("Add an article to the graph")
            .WithDescription("Extracts the article and merges what it states into the graph in one atomic step; answers what was created and updated. Posting the same text again changes nothing (200 with alreadyPresent). Needs X-Api-Key.")
            .Accepts<CreateDocumentRequest>("application/json")
            .WithRequestExample(new CreateDocumentRequest(
                "استانا. قازاقپارات - قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.",
                "Kazakhstan and the OIC",
                "https://kazinform.example/article/1",
                "2023-11",
                null,
                null,
                ExampleIds.PostedDocument))
            .Produces<DocumentChangeResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id}", DeleteDocument)
            .RequireApiKey()
            .WithName("DeleteDocument")
            .WithSummary("Remove a document and what only it stated")
            .WithDescription("Removes the document, its mentions and evidence, and every entity and fact left with no source; answers what was removed. Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Created<DocumentChangeResponse>, Ok<DocumentChangeResponse>, ProblemHttpResult>> CreateDocument(
        CreateDocumentRequest request, DocumentIngestor ingestor, IGraphStore store, IOptions<ApiLimitsOptions> limits, CancellationToken cancellationToken)
    {
        if (request.Text!.Length > limits.Value.MaxTextLength)
        {
            return Problems.TextTooLarge(request.Text.Length, limits.Value.MaxTextLength);
        }

        if (request.Id is { } id && await store.GetDocumentAsync(id, cancellationToken) is { } taken && taken.Text != request.Text)
        {
            return TypedResults.Problem(
                type: ProblemTypes.DocumentIdTaken.Uri,
                title: "The document id is taken.",
                detail: $"Document '{id}' already holds a different text. Delete it first, or choose another id.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var outcome = await ingestor.IngestAsync(
            new NewDocument(request.Text, request.Id, request.Title, request.SourceUrl, request.Date, request.Language ?? "kk", request.Script ?? "Arab"),
            cancellationToken);
        var mentions = (await store.GetMentionsAsync(null, outcome.Document.Id, cancellationToken)).Count;
        var response = ToResponse(DocumentSummary.Of(outcome.Document, mentions), outcome.AlreadyPresent, outcome.Change);
        return outcome.AlreadyPresent
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/documents/{outcome.Document.Id}", response);
    }

    private static async Task<Results<Ok<DocumentChangeResponse>, ProblemHttpResult>> DeleteDocument(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(id, cancellationToken);
        var mentions = document is null ? 0 : (await store.GetMentionsAsync(null, id, cancellationToken)).Count;
        var change = document is null ? null : await store.DeleteDocumentAsync(id, cancellationToken);
        return change is null
            ? Problems.DocumentNotFound(id)
            : TypedResults.Ok(ToResponse(DocumentSummary.Of(document!, mentions), false, change));
    }

    internal static DocumentChangeResponse ToResponse(DocumentSummary document, bool alreadyPresent, GraphChange change) => new(
        DocumentSummaryResponse.From(document),
        alreadyPresent,
        change.EntitiesCreated,
        change.EntitiesUpdated,
        change.EntitiesDeleted,
        change.RelationshipsCreated,
        change.RelationshipsUpdated,
        change.RelationshipsDeleted,
        change.MentionsAdded,
        change.MentionsRemoved);
}
