namespace OicGraph.Ingestion;

/// <summary>A document to add to the graph, as it arrives from the seed folder or the API.</summary>
public sealed record NewDocument(
    string Text,
    string? Id,
    string? Title,
    string? SourceUrl,
    string? Date,
    string Language = "kk",
    string Script = "Arab");
