namespace OicGraph.Cli;

/// <summary>One document read for <c>ingest</c>, with where it came from (a file name or a line number) for messages.</summary>
internal sealed record IngestDocument(string? Id, string Text, string? Title, string? Date, string? SourceUrl, string Origin, long Bytes);
