using OicGraph.Api.Contracts;
using OicGraph.Api.OpenApi;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Endpoints;

internal static class AnnotatedDocumentEndpoints
{
    public static RouteHandlerBuilder MapAnnotatedDocuments(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/documents/{id}/annotated", GetAnnotated)
            .WithTags(OpenApiTags.Documents)
            .WithName("GetAnnotatedDocument")
            .WithSummary("A document's text with entity spans for highlighting")
            .WithDescription("The exact text, every mention with the entity it names, and the text cut into consecutive plain and entity segments ready to render.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<AnnotatedDocumentResponse>, ProblemHttpResult>> GetAnnotated(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return Problems.DocumentNotFound(id);
        }

        var mentions = await store.GetMentionsAsync(null, id, cancellationToken);
        var entities = await store.EntitiesAsync(mentions.Select(m => m.EntityId), cancellationToken);
        var spans = mentions
            .Where(m => entities.ContainsKey(m.EntityId))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End)
            .Select(m => new AnnotationSpan(m.Start, m.End, m.Text, m.EntityId, entities[m.EntityId].Type, entities[m.EntityId].Name))
            .ToList();
        return TypedResults.Ok(new AnnotatedDocumentResponse(DocumentSummaryResponse.From(DocumentSummary.Of(document, mentions.Count)), document.Text, spans, Segments(document.Text, spans)));
    }

    /// <summary>Plain text between spans, and each outermost span once; a span inside another is left to the spans list.</summary>
    private static List<AnnotationSegment> Segments(string text, IReadOnlyList<AnnotationSpan> spans)
    {
        var segments = new List<AnnotationSegment>();
        var at = 0;
        foreach (var span in spans.Where(s => s.Start >= 0 && s.End <= text.Length))
        {
            if (span.Start < at)
            {
                continue;
            }

            if (span.Start > at)
            {
                segments.Add(new AnnotationSegment(text[at..span.Start], null, null));
            }

            segments.Add(new AnnotationSegment(text[span.Start..span.End], span.EntityId, span.Type));
            at = span.End;
        }

        if (at < text.Length)
        {
            segments.Add(new AnnotationSegment(text[at..], null, null));
        }

        return segments;
    }
}
