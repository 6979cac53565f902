namespace OicGraph.Api.Ingestion;

/// <summary>A document to add to the graph, as it arrives from the seed folder or the API.</summary>
internal sealed record NewDocument(
    string Text,
    string? Id,
    string? Title,
    string? SourceUrl,
    string? Date,
    string Language = "kk",
    string Script = "Arab");
