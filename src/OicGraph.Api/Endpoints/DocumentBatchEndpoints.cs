using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;
using OicGraph.Api.Contracts;
using OicGraph.Api.Errors;
using OicGraph.Ingestion;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

/// <summary>
/// <c>POST /api/documents/batch</c>: many articles in one request, as a JSON array or NDJSON (one object a line). Each
/// document is validated and limited as a single POST, extracted in parallel across the cores, then stored in request
/// order, each in its own atomic patch; one result per document says what it became, so a bad one loses none of the others.
/// </summary>
internal static class DocumentBatchEndpoints
{
    public const string NdJson = "application/x-ndjson";

    public static RouteHandlerBuilder MapDocumentBatch(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/documents/batch", CreateDocuments)
            .WithTags(OpenApiTags.Documents)
            .RequireApiKey()
            .WithName("CreateDocuments")
            .WithSummary("Add many articles to the graph")
            .WithDescription($"A JSON array of documents as POST /api/documents takes them, or NDJSON ({NdJson}, one per line); at most Api:Limits:MaxBatchDocuments. Each is validated, limited, extracted and stored as a single POST would (in request order, each atomic) and gets its own result: 201, 200 already present, 400, 409, 413 or 422 with a problem. A malformed body stores nothing. Needs X-Api-Key.")
            .Accepts<CreateDocumentRequest[]>("application/json", NdJson)
            .WithRequestExample(new[]
            {
                new CreateDocumentRequest("قازاقستان يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە.", "Batch example", null, "2024-01", null, null, ExampleIds.BatchDocument),
            })
            .Produces<DocumentBatchResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<DocumentBatchResponse>, ProblemHttpResult>> CreateDocuments(
        HttpRequest http,
        DocumentIngestor ingestor,
        IGraphStore store,
        IValidator<CreateDocumentRequest> validator,
        IOptions<ApiLimitsOptions> limits,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var (requests, refusal) = await ReadAsync(http, json.Value.SerializerOptions, limits.Value.MaxBatchDocuments, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var results = new DocumentBatchResult?[requests!.Count];
        var inputs = new NewDocument?[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            results[i] = await CheckAsync(i, requests[i], validator, limits.Value.MaxTextLength, cancellationToken);
            if (results[i] is null)
            {
                var r = requests[i]!;
                inputs[i] = new NewDocument(r.Text!, r.Id, r.Title, r.SourceUrl, r.Date, r.Language ?? "kk", r.Script ?? "Arab");
            }
        }

        // Extraction is the cost and touches no store: all cores at once. Storing stays in request order.
        var prepared = new PreparedDocument?[requests.Count];
        await Parallel.ForAsync(0, requests.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            if (inputs[i] is { } input && await ingestor.FindStoredAsync(input, ct) is null)
            {
                prepared[i] = ingestor.Prepare(input, ct);
            }
        });

        for (var i = 0; i < requests.Count; i++)
        {
            if (inputs[i] is { } input)
            {
                results[i] = await StoreAsync(i, input, prepared[i], ingestor, store, cancellationToken);
            }
        }

        var all = results.Select(r => r!).ToList();
        return TypedResults.Ok(new DocumentBatchResponse(
            all.Count(r => r.Status == StatusCodes.Status201Created),
            all.Count(r => r.Status == StatusCodes.Status200OK),
            all.Count(r => r.Problem is not null),
            all));
    }

    private static async Task<(List<CreateDocumentRequest?>? Requests, ProblemHttpResult? Refusal)> ReadAsync(
        HttpRequest http, JsonSerializerOptions options, int maxDocuments, CancellationToken cancellationToken)
    {
        var mediaType = http.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        List<CreateDocumentRequest?> requests;
        if (mediaType is NdJson or "application/jsonl")
        {
            requests = [];
            using var reader = new StreamReader(http.Body, Encoding.UTF8);
            var line = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } text)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                try
                {
                    requests.Add(JsonSerializer.Deserialize<CreateDocumentRequest>(text, options));
                }
                catch (JsonException error)
                {
                    return (null, Malformed($"Line {line} is not a JSON document object: {error.Message}"));
                }

                if (requests.Count > maxDocuments)
                {
                    return (null, TooMany(maxDocuments));
                }
            }
        }
        else if (mediaType is "application/json")
        {
            try
            {
                requests = await JsonSerializer.DeserializeAsync<List<CreateDocumentRequest?>>(http.Body, options, cancellationToken) ?? [];
            }
            catch (JsonException error)
            {
                return (null, Malformed($"The body is not a JSON array of document objects (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}): {error.Message}"));
            }
        }
        else
        {
            return (null, TypedResults.Problem(
                type: ProblemTypes.UnsupportedMediaType.Uri,
                title: "Unsupported content type.",
                detail: $"Send a JSON array (application/json) or one JSON object per line ({NdJson}); got '{http.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (requests.Count == 0)
        {
            return (null, Malformed("The batch holds no documents; send at least one."));
        }

        return requests.Count > maxDocuments ? (null, TooMany(maxDocuments)) : (requests, null);
    }

    private static async Task<DocumentBatchResult?> CheckAsync(int index, CreateDocumentRequest? request, IValidator<CreateDocumentRequest> validator, int maxTextLength, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Refused(index, StatusCodes.Status400BadRequest, ProblemTypes.BadRequest.Uri, "The document is missing.", "Each item must be a document object, not null.");
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return new DocumentBatchResult(index, StatusCodes.Status400BadRequest, null, new DocumentBatchProblem(
                ProblemTypes.Validation.Uri, "The request is not valid.", string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)), validation.ToDictionary()));
        }

        return request.Text!.Length > maxTextLength
            ? Refused(index, StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge.Uri, "The text is too large.",
                $"'text' has {request.Text.Length} characters; the limit is {maxTextLength} (Api:Limits:MaxTextLength). Split the document or raise the limit.")
            : null;
    }

    private static async Task<DocumentBatchResult> StoreAsync(int index, NewDocument input, PreparedDocument? prepared, DocumentIngestor ingestor, IGraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            // Checked again here: an earlier document of this batch may have stored the same text.
            var outcome = await ingestor.FindStoredAsync(input, cancellationToken)
                ?? await ingestor.CommitAsync(prepared ?? ingestor.Prepare(input, cancellationToken), cancellationToken);
            var mentions = (await store.GetMentionsAsync(null, outcome.Document.Id, cancellationToken)).Count;
            var change = DocumentWriteEndpoints.ToResponse(DocumentSummary.Of(outcome.Document, mentions), outcome.AlreadyPresent, outcome.Change);
            return new DocumentBatchResult(index, outcome.AlreadyPresent ? StatusCodes.Status200OK : StatusCodes.Status201Created, change, null);
        }
        catch (DocumentExistsException taken)
        {
            return Refused(index, StatusCodes.Status409Conflict, ProblemTypes.DocumentIdTaken.Uri, "The document id is taken.",
                $"Document '{taken.DocumentId}' already holds a different text. Delete it first, or choose another id.");
        }
        catch (InvalidGraphPatchException invalid)
        {
            return Refused(index, StatusCodes.Status422UnprocessableEntity, ProblemTypes.GraphNotStorable.Uri, "The extracted graph could not be stored.", invalid.Message);
        }
    }

    private static DocumentBatchResult Refused(int index, int status, string type, string title, string detail) =>
        new(index, status, null, new DocumentBatchProblem(type, title, detail, null));

    private static ProblemHttpResult Malformed(string detail) =>
        TypedResults.Problem(type: ProblemTypes.BadRequest.Uri, title: "The batch could not be read.", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult TooMany(int max) => TypedResults.Problem(
        type: ProblemTypes.PayloadTooLarge.Uri,
        title: "The batch has too many documents.",
        detail: $"A batch holds at most {max} documents (Api:Limits:MaxBatchDocuments); split it.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
