using OicGraph.Graph;
using OicGraph.Ingestion;

namespace OicGraph.Cli;

/// <summary>
/// Loads documents straight into an embedded data directory, with no API in between: the same use case as
/// <c>POST /api/documents/batch</c> (<see cref="DocumentIngestor"/>: the same document rules, one atomic patch per
/// document, the same text twice changing nothing), extraction spread over the cores and documents stored in input order.
/// </summary>
internal sealed class EmbeddedIngestTarget(DocumentIngestor ingestor)
{
    public async Task RunAsync(IAsyncEnumerable<IngestDocument> documents, IngestTally tally, IngestProgress progress, CancellationToken cancellationToken)
    {
        IngestInputException? badInput = null;
        await OrderedWork.RunAsync(
            UntilBadInput(documents, e => badInput = e, cancellationToken),
            PrepareAsync,
            async item =>
            {
                await StoreAsync(item, tally, cancellationToken);
                await progress.AdvanceAsync(1, item.Document.Bytes);
                return true;
            },
            OrderedWork.DefaultWindow,
            cancellationToken);

        // Everything read before the bad line is stored: the ingest stops at the line, as through the API.
        if (badInput is not null)
        {
            throw badInput;
        }
    }

    // A text stored already is found by its hash before it is extracted, so running an ingest again costs little.
    private async Task<Prepared> PrepareAsync(IngestDocument document, CancellationToken cancellationToken)
    {
        var input = new NewDocument(document.Text, document.Id, document.Title, document.SourceUrl, document.Date);
        return DocumentRules.FirstProblem(input) is { } problem ? new Prepared(document, input, null, problem)
            : await ingestor.FindStoredAsync(input, cancellationToken) is not null ? new Prepared(document, input, null, null)
            : new Prepared(document, input, ingestor.Prepare(input, cancellationToken), null);
    }

    private async Task StoreAsync(Prepared item, IngestTally tally, CancellationToken cancellationToken)
    {
        if (item.Problem is { } problem)
        {
            tally.Refused(item.Document, problem);
            return;
        }

        try
        {
            // Looked up again in order: an earlier line of this same input may have stored the same text meanwhile.
            var outcome = await ingestor.FindStoredAsync(item.Input, cancellationToken)
                ?? await ingestor.CommitAsync(item.Extracted ?? ingestor.Prepare(item.Input, cancellationToken), cancellationToken);
            if (outcome.AlreadyPresent)
            {
                tally.FoundStored();
            }
            else
            {
                tally.Stored();
            }
        }
        catch (DocumentExistsException taken)
        {
            tally.Refused(item.Document, $"id: '{taken.DocumentId}' already holds another text; give this one another id, or delete that document first.");
        }
        catch (InvalidGraphPatchException refused)
        {
            tally.Refused(item.Document, refused.Message);
        }
    }

    private static async IAsyncEnumerable<IngestDocument> UntilBadInput(
        IAsyncEnumerable<IngestDocument> documents,
        Action<IngestInputException> stop,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = documents.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await reader.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (IngestInputException e)
            {
                stop(e);
                yield break;
            }

            yield return reader.Current;
        }
    }

    /// <summary>A document read, with its extraction (none when stored already) or the rule it breaks.</summary>
    private sealed record Prepared(IngestDocument Document, NewDocument Input, PreparedDocument? Extracted, string? Problem);
}
