using Microsoft.Data.Sqlite;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>
/// Evidence lives in its own rows, one per (fact, document, span): a document stating a known fact adds its rows and
/// leaves the fact's row and the other documents' rows alone, instead of rewriting the fact's whole evidence.
/// </summary>
public sealed class EvidenceRowsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Each_document_adds_its_own_rows_and_a_restart_reads_the_evidence_back_in_order()
    {
        IReadOnlyList<Evidence> before;
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            for (var i = 9; i >= 1; i--)
            {
                await store.ApplyAsync(RepeatedFacts.Article($"doc-{i}", $"Article {i}.", times: i == 5 ? 2 : 1));
                Assert.Equal(10 - i + (i <= 5 ? 1 : 0), Scalar<long>("SELECT count(*) FROM evidence"));
            }

            // The fact's own row is written once per change of its flat properties, never with the evidence inside.
            Assert.Equal("[]", Scalar<string>($"SELECT json_extract(json, '$.evidence') FROM relationships WHERE id = '{RepeatedFacts.FactId}'"));
            Assert.Equal(2, Scalar<long>("SELECT count(*) FROM evidence WHERE document = 'doc-5'"));

            await store.ApplyAsync(RepeatedFacts.Article("doc-5", "Article 5, once.", times: 1));
            await store.DeleteDocumentAsync("doc-7");
            Assert.Equal(8, Scalar<long>("SELECT count(*) FROM evidence"));
            before = (await store.GetRelationshipAsync(RepeatedFacts.FactId))!.Evidence;
            Assert.Equal(["doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6", "doc-8", "doc-9"], before.Select(e => e.DocumentId));
            Assert.Equal("Article 5, once. ".Length, before[4].Start);
        }

        using var reopened = EmbeddedGraphStore.Open(_directory.Path);
        Assert.Equal(before, (await reopened.GetRelationshipAsync(RepeatedFacts.FactId))!.Evidence);
        Assert.True((await reopened.ApplyAsync(RepeatedFacts.Article("doc-3", "Article 3."))).IsEmpty);
    }

    [Fact]
    public async Task A_fact_whose_last_document_goes_takes_its_rows_with_it()
    {
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        await store.ApplyAsync(RepeatedFacts.Article("doc-1", "Article 1.", times: 2));
        await store.DeleteDocumentAsync("doc-1");

        Assert.Null(await store.GetRelationshipAsync(RepeatedFacts.FactId));
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM evidence"));
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM relationships"));
    }

    [Fact]
    public async Task Mentions_of_one_name_in_many_documents_share_one_instance_of_its_strings_before_and_after_a_restart()
    {
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            // Each patch builds its strings anew, as extraction does for every document.
            await store.ApplyAsync(Fresh(RepeatedFacts.Article("doc-1", "Article 1.")));
            await store.ApplyAsync(Fresh(RepeatedFacts.Article("doc-2", "Article 2.")));
            AssertShared(await store.GetMentionsAsync("kazakhstan", null));
        }

        using var reopened = EmbeddedGraphStore.Open(_directory.Path);
        var mentions = await reopened.GetMentionsAsync("kazakhstan", null);
        AssertShared(mentions);
        Assert.Same((await reopened.GetDocumentAsync("doc-2"))!.Id, mentions[1].DocumentId);
        Assert.Same((await reopened.GetDocumentAsync("doc-2"))!.Id, (await reopened.GetRelationshipAsync(RepeatedFacts.FactId))!.Evidence[1].DocumentId);

        static GraphPatch Fresh(GraphPatch patch) => patch with
        {
            Mentions = [.. patch.Mentions.Select(m => m with { EntityId = new string(m.EntityId.AsSpan()), Text = new string(m.Text.AsSpan()) })],
        };

        static void AssertShared(IReadOnlyList<Mention> mentions)
        {
            Assert.Equal(2, mentions.Count);
            Assert.NotSame(mentions[0].DocumentId, mentions[1].DocumentId);
            Assert.Same(mentions[0].EntityId, mentions[1].EntityId);
            Assert.Same(mentions[0].Text, mentions[1].Text);
        }
    }

    public void Dispose() => _directory.Dispose();

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, EmbeddedGraphOptions.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
