using OicGraph.Extraction.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Ingestion;

/// <summary>What ingesting a document did; <paramref name="AlreadyPresent"/> when the same text was in the graph already.</summary>
public sealed record IngestOutcome(Document Document, GraphChange Change, bool AlreadyPresent, ExtractionResult? Extraction);
