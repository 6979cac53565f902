using Microsoft.Extensions.Options;
using OicGraph.Api.Composition;
using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Extraction;
using OicGraph.Extraction.Contract;

namespace OicGraph.Api.Endpoints;

internal static class ExtractionEndpoints
{
    public static RouteHandlerBuilder MapExtraction(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/extract", Extract)
            .Validate<ExtractRequest>()
            .WithTags(OpenApiTags.Extraction)
            .WithName("Extract")
            .WithSummary("Extract entities and relations from text (dry run)")
            .WithDescription("Runs the extraction pipeline on Kazakh Arabic-script text and returns the extraction contract: the document, every entity with its names in four scripts and its mentions, and every relationship with its evidence. Offsets are .NET string indices into the exact text sent. Nothing is stored.")
            .Accepts<ExtractRequest>("application/json")
            .WithRequestExample(new ExtractRequest("قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.", "my-article", "2023-11"))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static Results<Ok<ExtractionResult>, ProblemHttpResult> Extract(ExtractRequest request, IEntityExtractor extractor, IOptions<ApiLimitsOptions> limits, CancellationToken cancellationToken)
    {
        if (request.Text!.Length > limits.Value.MaxTextLength)
        {
            return Problems.TextTooLarge(request.Text.Length, limits.Value.MaxTextLength);
        }

        return TypedResults.Ok(extractor.Extract(new ExtractionInput(request.Text, request.DocumentId, request.Date), cancellationToken));
    }
}
