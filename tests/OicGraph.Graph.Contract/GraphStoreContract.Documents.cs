using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Documents_are_listed_by_id_and_found_by_id_and_by_content_hash()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Reference(), Ct);

        var page = await scope.Store.ListDocumentsAsync(0, 10, Ct);
        var document = await scope.Store.GetDocumentAsync("interview", Ct);
        var byHash = await scope.Store.FindDocumentByHashAsync(Hash(InterviewText), Ct);

        Assert.Equal(["interview", "reference-oic-member-states"], page.Items.Select(d => d.Id));
        Assert.Equal(8, page.Items[0].MentionCount);
        Assert.Equal(DocumentKinds.Reference, page.Items[1].Kind);
        Assert.Equal(InterviewText, document!.Text);
        Assert.Equal("2023-11", document.Date);
        Assert.Equal(IngestedAt, document.IngestedAt);
        Assert.Equal("interview", byHash!.Id);
        Assert.Null(await scope.Store.FindDocumentByHashAsync(Hash("nothing"), Ct));
        Assert.Null(await scope.Store.GetDocumentAsync("nothing", Ct));
    }

    [Fact]
    public async Task Deleting_a_document_removes_its_mentions_evidence_and_every_fact_left_without_a_source()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var change = await scope.Store.DeleteDocumentAsync("summit", Ct);

        Assert.NotNull(change);
        Assert.Equal(["astana", "astana-summit"], change.EntitiesDeleted.Order(StringComparer.Ordinal));
        Assert.Equal(["astana-summit--held-in--astana", "kazakhstan--chaired--oic"], change.RelationshipsDeleted.Order(StringComparer.Ordinal));
        Assert.Equal(4, change.MentionsRemoved);
        Assert.Null(await scope.Store.GetDocumentAsync("summit", Ct));
        Assert.NotNull(await scope.Store.GetEntityAsync("kazakhstan", Ct));
        Assert.Null(await scope.Store.GetEntityAsync("astana", Ct));
        var stats = await scope.Store.GetStatsAsync(Ct);
        Assert.Equal((6, 4, 1, 8), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        Assert.Null(await scope.Store.DeleteDocumentAsync("summit", Ct));
    }

    [Fact]
    public async Task Deleting_one_source_of_a_fact_keeps_the_fact_with_its_other_evidence()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        var doc = Doc("echo", "Kazakhstan joined the OIC in 1992.");
        var echo = new GraphPatch(
            [doc],
            [Kazakhstan, Oic],
            [Fact("kazakhstan", RelationType.MemberOf, "oic", Evidence(doc, "Kazakhstan joined the OIC in 1992."), ("since", "1992"))],
            [Mention(doc, "kazakhstan", "Kazakhstan"), Mention(doc, "oic", "OIC")]);
        var added = await scope.Store.ApplyAsync(echo, Ct);

        var change = await scope.Store.DeleteDocumentAsync("interview", Ct);

        Assert.Equal(["kazakhstan--member-of--oic--since-1992"], added.RelationshipsUpdated);
        Assert.DoesNotContain("kazakhstan--member-of--oic--since-1992", change!.RelationshipsDeleted);
        var fact = await scope.Store.GetRelationshipAsync("kazakhstan--member-of--oic--since-1992", Ct);
        Assert.Equal("echo", Assert.Single(fact!.Evidence).DocumentId);
        Assert.Equal(["echo"], (await scope.Store.ListDocumentsAsync(0, 10, Ct)).Items.Select(d => d.Id));
        Assert.Equal(2, (await scope.Store.GetStatsAsync(Ct)).Entities);
    }

    [Fact]
    public async Task Reapplying_a_document_replaces_its_previous_contribution()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        var original = Interview();
        var doc = original.Documents[0];
        var smaller = new GraphPatch(
            [doc],
            [Kazakhstan, Oic],
            [original.Relationships[0]],
            [Mention(doc, "kazakhstan", "Kazakhstan"), Mention(doc, "oic", "OIC")]);

        var change = await scope.Store.ApplyAsync(smaller, Ct);

        Assert.Equal(6, change.MentionsRemoved);
        Assert.Equal(["askar-mussinov", "date-1992", "jeddah", "saudi-arabia"], change.EntitiesDeleted.Order(StringComparer.Ordinal));
        Assert.Equal(3, change.RelationshipsDeleted.Count);
        var stats = await scope.Store.GetStatsAsync(Ct);
        Assert.Equal((2, 1, 2), (stats.Entities, stats.Relationships, stats.Mentions));
    }

    [Fact]
    public async Task An_invalid_patch_is_refused_whole_and_changes_nothing()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        var doc = Doc("broken", "Kazakhstan chaired the OIC.");
        var broken = new GraphPatch(
            [doc],
            [Kazakhstan, AstanaSummit],
            [Fact("kazakhstan", RelationType.Chaired, "oic", Evidence(doc, "Kazakhstan chaired the OIC."))],
            [Mention(doc, "kazakhstan", "Kazakhstan") with { Text = "Qazaqstan" }]);

        var error = await Assert.ThrowsAsync<InvalidGraphPatchException>(() => scope.Store.ApplyAsync(broken, Ct));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Contains("'oic'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'astana-summit' has no mention", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("says 'Qazaqstan'", StringComparison.Ordinal));
        var stats = await scope.Store.GetStatsAsync(Ct);
        Assert.Equal((6, 4, 1, 8), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        Assert.Null(await scope.Store.GetDocumentAsync("broken", Ct));
    }

    [Fact]
    public async Task Concurrent_readers_and_writers_see_whole_patches_only()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var doc = Doc($"doc-{i}", $"Entity {i} and Kazakhstan.");
            var entity = Entity($"e-{i}", EntityType.Place, $"Entity {i}");
            await scope.Store.ApplyAsync(new GraphPatch([doc], [entity, Kazakhstan], [Fact($"e-{i}", RelationType.LocatedIn, "kazakhstan", Evidence(doc, $"Entity {i} and Kazakhstan."))], [Mention(doc, $"e-{i}", $"Entity {i}"), Mention(doc, "kazakhstan", "Kazakhstan")]), Ct);
        }));
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var n = 0; n < 5; n++)
            {
                var stats = await scope.Store.GetStatsAsync(Ct);
                Assert.Equal(stats.Documents, stats.Relationships);
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        var final = await scope.Store.GetStatsAsync(Ct);
        Assert.Equal((9, 8, 8, 16), (final.Entities, final.Relationships, final.Documents, final.Mentions));
    }
}
