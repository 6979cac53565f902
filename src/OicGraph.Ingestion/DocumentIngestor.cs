using OicGraph.Extraction;
using OicGraph.Extraction.Contract;
using OicGraph.Extraction.Graph;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Ingestion;

/// <summary>
/// Text in, graph updated: extracts a document and merges it into the store in one atomic patch. The same text twice is
/// recognised by its hash and changes nothing; an id that already holds another text is a <see cref="DocumentExistsException"/>.
/// Extraction (<see cref="Prepare"/>) is pure and may run on many documents at once; <see cref="CommitAsync"/> stores one.
/// </summary>
public sealed class DocumentIngestor(IEntityExtractor extractor, IGraphStore store, TimeProvider clock)
{
    public async Task<IngestOutcome> IngestAsync(NewDocument input, CancellationToken cancellationToken) =>
        await FindStoredAsync(input, cancellationToken) ?? await CommitAsync(Prepare(input, cancellationToken), cancellationToken);

    /// <summary>The outcome when the same text is stored already, else null.</summary>
    public async Task<IngestOutcome?> FindStoredAsync(NewDocument input, CancellationToken cancellationToken) =>
        await store.FindDocumentByHashAsync(Document.HashOf(input.Text), cancellationToken) is { } existing
            ? new IngestOutcome(existing, GraphChange.None, AlreadyPresent: true, Extraction: null)
            : null;

    /// <summary>Extracts the document: CPU only, no store access, safe to run in parallel.</summary>
    public PreparedDocument Prepare(NewDocument input, CancellationToken cancellationToken)
    {
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
        return new PreparedDocument(document, extraction);
    }

    public async Task<IngestOutcome> CommitAsync(PreparedDocument prepared, CancellationToken cancellationToken)
    {
        var (document, extraction) = prepared;
        extraction = await CrossDocumentResolver.ResolveAsync(store, extraction, cancellationToken);
        try
        {
            // Create-only: the store checks the id under its write lock (or in the Neo4j transaction), so of concurrent
            // posts of one id exactly one is stored; the others see it taken.
            var change = await store.ApplyAsync(GraphPatches.FromExtraction(extraction, document) with { CreateOnly = [document.Id] }, cancellationToken);
            return new IngestOutcome(document, change, AlreadyPresent: false, extraction);
        }
        catch (DocumentExistsException taken) when (taken.StoredContentHash == document.ContentHash)
        {
            // A concurrent post of the same text won: that is this request's answer too.
            if (await store.GetDocumentAsync(document.Id, cancellationToken) is not { } winner)
            {
                throw;
            }

            return new IngestOutcome(winner, GraphChange.None, AlreadyPresent: true, Extraction: null);
        }
    }
}

/// <summary>An extracted document, ready to be stored.</summary>
public sealed record PreparedDocument(Document Document, ExtractionResult Extraction);
