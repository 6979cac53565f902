using System.Text.Json;
using OicGraph.Cypher.Procedures;
using OicGraph.Graph.Contract;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>The Cypher view follows each write instead of being rebuilt, and ends up exactly as a view built from scratch.</summary>
public sealed class LiveCypherViewTests : IDisposable
{
    private const string Nodes = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id";
    private const string Relationships = """
        MATCH (a)-[r]->(b)
        RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
        ORDER BY source, type, target, r.start, r.id
        """;

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task After_creates_updates_and_deletes_the_live_view_equals_one_built_from_the_stored_graph()
    {
        string liveNodes, liveRelationships;
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            await Dump(store, Nodes);
            await store.ApplyAsync(TestGraphs.Interview());
            await Dump(store, Nodes);
            await store.ApplyAsync(TestGraphs.Summit());
            await store.ApplyAsync(TestGraphs.Reference());
            await Dump(store, Relationships);
            await store.DeleteDocumentAsync("summit");
            await store.DeleteDocumentAsync("interview");
            await store.ApplyAsync(TestGraphs.Interview());
            liveNodes = await Dump(store, Nodes);
            liveRelationships = await Dump(store, Relationships);
        }

        using var reopened = EmbeddedGraphStore.Open(_directory.Path);
        Assert.Equal(await Dump(reopened, Nodes), liveNodes);
        Assert.Equal(await Dump(reopened, Relationships), liveRelationships);
        Assert.Contains("\"reference-oic-member-states\"", liveNodes, StringComparison.Ordinal);
        Assert.DoesNotContain("astana-summit", liveNodes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_stated_by_many_documents_keeps_its_evidence_lists_in_step_as_documents_come_back_and_go()
    {
        string liveRelationships;
        using (var store = EmbeddedGraphStore.Open(_directory.Path))
        {
            // Out of id order, so the view's evidence runs are spliced in the middle of the lists, not only appended.
            foreach (var id in new[] { "doc-c", "doc-a", "doc-e", "doc-b", "doc-d" })
            {
                await store.ApplyAsync(RepeatedFacts.Article(id, $"Article {id}."));
            }

            await Dump(store, Relationships);
            await store.ApplyAsync(RepeatedFacts.Article("doc-b", "Article b again.", times: 3));
            await store.DeleteDocumentAsync("doc-c");
            await store.ApplyAsync(RepeatedFacts.Article("doc-e", "Article e, shorter.", times: 0));
            liveRelationships = await Dump(store, Relationships);
            var evidence = (await store.GetRelationshipAsync(RepeatedFacts.FactId))!.Evidence;
            Assert.Equal(["doc-a", "doc-b", "doc-b", "doc-b", "doc-d"], evidence.Select(e => e.DocumentId));
            Assert.Equal(
                "[[[\"doc-a\",\"doc-b\",\"doc-b\",\"doc-b\",\"doc-d\"]]]",
                await Dump(store, $"MATCH ()-[r {{id: '{RepeatedFacts.FactId}'}}]->() RETURN r.evidenceDocument"));
        }

        using var reopened = EmbeddedGraphStore.Open(_directory.Path);
        Assert.Equal(await Dump(reopened, Relationships), liveRelationships);
    }

    [Fact]
    public async Task A_query_sees_every_write_that_returned_before_it_and_the_engine_with_its_parsed_queries_is_kept()
    {
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        var engine = store.CypherView.Engine;
        const string count = "MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN count(DISTINCT d) AS documents, count(m) AS mentions, count(DISTINCT e) AS entities";

        Assert.Equal("[[0,0,0]]", await Dump(store, count));
        await store.ApplyAsync(TestGraphs.Interview());
        Assert.Equal("[[1,8,6]]", await Dump(store, count));
        await store.ApplyAsync(TestGraphs.Summit());
        Assert.Equal("[[2,12,8]]", await Dump(store, count));
        await store.DeleteDocumentAsync("interview");
        Assert.Equal("[[1,4,4]]", await Dump(store, count));
        Assert.Same(engine, store.CypherView.Engine);
    }

    [Fact]
    public async Task A_write_does_not_wait_for_a_query_that_holds_the_view_and_the_next_query_sees_it()
    {
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        store.CypherView.Engine.RegisterProcedure(new CypherProcedure(
            "test.hold",
            [],
            [new CypherProcedureParameter("held", "BOOLEAN")],
            _ =>
            {
                entered.Set();
                release.Wait();
                return [[true]];
            }));

        // The embedded runner runs a query on its caller's thread, so the holding query gets a thread of its own.
        var held = Task.Run(() => Dump(store, "CALL test.hold() YIELD held RETURN held"));
        Assert.True(entered.Wait(TimeSpan.FromMinutes(1)), "the holding query never started");

        // The write completes while the query still holds the view; a hang here would fail on the timeout.
        await store.ApplyAsync(TestGraphs.Interview()).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.False(held.IsCompleted);
        release.Set();
        Assert.Equal("[[true]]", await held);
        Assert.Equal("[[1]]", await Dump(store, "MATCH (d:Document) RETURN count(d)"));
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<string> Dump(EmbeddedGraphStore store, string statement)
    {
        var result = await store.RunReadOnlyAsync(new CypherQuery(statement, new Dictionary<string, object?>(), 10_000, TimeSpan.FromMinutes(1)));
        return JsonSerializer.Serialize(result.Rows);
    }
}
