using OicGraph.Api.Errors;

namespace OicGraph.Api.Endpoints;

/// <summary>The ProblemDetails answers for expected outcomes, worded once.</summary>
internal static class Problems
{
    public static ProblemHttpResult EntityNotFound(string id) => NotFound("Entity not found.", $"No entity has the id '{id}'. List entities with GET /api/entities or search with ?q=.");

    public static ProblemHttpResult DocumentNotFound(string id) => NotFound("Document not found.", $"No document has the id '{id}'. List documents with GET /api/documents.");

    public static ProblemHttpResult TextTooLarge(int length, int limit) => TypedResults.Problem(
        type: ProblemTypes.PayloadTooLarge.Uri,
        title: "The text is too large.",
        detail: $"'text' has {length} characters; the limit is {limit} (Api:Limits:MaxTextLength). Split the document or raise the limit.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(type: ProblemTypes.NotFound.Uri, title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
