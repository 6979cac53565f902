using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Ingestion;

/// <summary>
/// Text in, graph updated: extracts a document and merges it into the store in one atomic patch. The same text twice is
/// recognised by its hash and changes nothing.
/// </summary>
internal sealed class DocumentIngestor(IEntityExtractor extractor, IGraphStore store, TimeProvider clock)
{
    public async Task<IngestOutcome> IngestAsync(NewDocument input, CancellationToken cancellationToken)
    {
        var hash = Document.HashOf(input.Text);
        if (await store.FindDocumentByHashAsync(hash, cancellationToken) is { } existing)
        {
            return new IngestOutcome(existing, GraphChange.None, AlreadyPresent: true, Extraction: null);
        }

        var id = input.Id ?? $"doc-{hash[..12]}";
        var extraction = extractor.Extract(new ExtractionInput(input.Text, id, input.Date), cancellationToken);
        var document = Document.Create(
            id,
            DocumentKinds.Article,
            string.IsNullOrWhiteSpace(input.Title) ? id : input.Title,
            input.SourceUrl,
            input.Date ?? extraction.Document.Date,
            input.Language,
            input.Script,
            input.Text,
            clock.GetUtcNow());
        var change = await store.ApplyAsync(GraphPatches.FromExtraction(extraction, document), cancellationToken);
        return new IngestOutcome(document, change, AlreadyPresent: false, extraction);
    }
}
