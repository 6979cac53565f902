using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Ingestion;

/// <summary>
/// Text in, graph updated: extracts a document and merges it into the store in one atomic patch. The same text twice is
/// recognised by its hash and changes nothing; an id that already holds another text is a <see cref="DocumentExistsException"/>.
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

        var id = DocumentIds.Choose(input.Id, fileName: null, input.Text);
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
        try
        {
            // Create-only: the store checks the id under its write lock (or in the Neo4j transaction), so of concurrent
            // posts of one id exactly one is stored; the others see it taken.
            var change = await store.ApplyAsync(GraphPatches.FromExtraction(extraction, document) with { CreateOnly = [id] }, cancellationToken);
            return new IngestOutcome(document, change, AlreadyPresent: false, extraction);
        }
        catch (DocumentExistsException taken) when (taken.StoredContentHash == hash)
        {
            // A concurrent post of the same text won: that is this request's answer too.
            if (await store.GetDocumentAsync(id, cancellationToken) is not { } winner)
            {
                throw;
            }

            return new IngestOutcome(winner, GraphChange.None, AlreadyPresent: true, Extraction: null);
        }
    }
}
