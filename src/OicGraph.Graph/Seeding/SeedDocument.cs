namespace OicGraph.Graph.Seeding;

/// <summary>A text of <c>graph-seed/documents/</c> with the metadata <c>graph-seed/documents.json</c> gives it.</summary>
public sealed record SeedDocument(string Id, string Title, string? SourceUrl, string? Date, string Language, string Script, string Text);
