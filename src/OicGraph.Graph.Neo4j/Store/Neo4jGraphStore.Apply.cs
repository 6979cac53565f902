using OicGraph.Graph.Model;
using OicGraph.Graph.Planning;

namespace OicGraph.Graph.Neo4j.Store;

internal sealed partial class Neo4jGraphStore
{
    public Task<GraphChange> ApplyAsync(GraphPatch patch, CancellationToken cancellationToken = default)
    {
        GraphPatchValidator.ThrowIfInvalid(patch);

        if (patch.Documents.Count + patch.Entities.Count + patch.Relationships.Count + patch.Mentions.Count == 0)
        {
            return Task.FromResult(GraphChange.None);
        }

        var newMentions = WritePlanner.MentionsOf(patch);
        var parameters = WriteParameters.For(patch, newMentions);
        return WriteAsync(
            async token =>
            {
                var outcome = await RunWriteAsync(parameters, token);
                if (outcome.Conflicts.Count > 0)
                {
                    throw new DocumentExistsException(outcome.Conflicts[0].Id, outcome.Conflicts[0].ContentHash);
                }

                return outcome.Change(patch.Entities, newMentions);
            },
            cancellationToken);
    }

    public Task<GraphChange?> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var parameters = WriteParameters.ForDeletion(documentId);
        var noMentions = new Dictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal) { [documentId] = [] };
        return WriteAsync<GraphChange?>(
            async token =>
            {
                var outcome = await RunWriteAsync(parameters, token);
                return outcome.Found == 0 ? null : outcome.Change([], noMentions);
            },
            cancellationToken);
    }

    private async Task<WriteOutcome> RunWriteAsync(IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new Http.Statement(WriteStatement.Text, parameters), new Http.RunOptions(Http.AccessMode.Write), cancellationToken);
        if (result.Rows.Count != 1)
        {
            throw new GraphStoreException("OicGraph.Neo4j.UnexpectedWriteResult", $"the write statement answered {result.Rows.Count} rows instead of one.");
        }

        return WriteOutcome.Read(result.Fields, result.Rows[0]);
    }
}
