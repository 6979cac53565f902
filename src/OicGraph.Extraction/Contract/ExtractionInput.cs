namespace OicGraph.Extraction.Contract;

/// <summary>The text to read, an optional document id and an optional date (ISO 8601) overriding the metadata line.</summary>
public sealed record ExtractionInput(string Text, string? DocumentId = null, string? Date = null);
