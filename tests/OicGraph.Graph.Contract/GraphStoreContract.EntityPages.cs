using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task An_entitys_mentions_come_in_pages_that_add_up_to_all_of_them_in_document_then_text_order()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);
        await scope.Store.ApplyAsync(Reference(), Ct);
        var all = await scope.Store.GetMentionsAsync("oic", null, Ct);

        var first = await scope.Store.ListEntityMentionsAsync("oic", 0, 2, Ct);
        var second = await scope.Store.ListEntityMentionsAsync("oic", 2, 2, Ct);
        var past = await scope.Store.ListEntityMentionsAsync("oic", 10, 2, Ct);

        Assert.Equal(4, all.Count);
        Assert.Equal((4, 4, 4), (first!.Total, second!.Total, past!.Total));
        Assert.Equal(all, [.. first.Items, .. second.Items]);
        Assert.Equal(["interview", "interview", "reference-oic-member-states", "summit"], all.Select(m => m.DocumentId));
        Assert.True(all[0].Start < all[1].Start);
        Assert.Empty(past.Items);
        Assert.Null(await scope.Store.ListEntityMentionsAsync("atlantis", 0, 2, Ct));
    }

    [Fact]
    public async Task An_entitys_documents_come_in_pages_by_id_with_their_count()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Summit(), Ct);
        await scope.Store.ApplyAsync(Reference(), Ct);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var first = await scope.Store.ListEntityDocumentsAsync("kazakhstan", 0, 2, Ct);
        var rest = await scope.Store.ListEntityDocumentsAsync("kazakhstan", 2, 2, Ct);
        var once = await scope.Store.ListEntityDocumentsAsync("askar-mussinov", 0, 2, Ct);

        Assert.Equal(["interview", "reference-oic-member-states"], first!.Items.Select(d => d.Id));
        Assert.Equal(["summit"], rest!.Items.Select(d => d.Id));
        Assert.Equal((3, 3), (first.Total, rest.Total));
        Assert.Equal(8, first.Items[0].MentionCount);
        Assert.Equal((1, "interview"), (once!.Total, once.Items.Single().Id));
        Assert.Null(await scope.Store.ListEntityDocumentsAsync("atlantis", 0, 2, Ct));
    }

    [Fact]
    public async Task The_document_list_pages_by_id_and_follows_deletes()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Summit(), Ct);
        await scope.Store.ApplyAsync(Reference(), Ct);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var second = await scope.Store.ListDocumentsAsync(1, 1, Ct);
        await scope.Store.DeleteDocumentAsync("reference-oic-member-states", Ct);
        var after = await scope.Store.ListDocumentsAsync(1, 5, Ct);

        Assert.Equal(("reference-oic-member-states", 3), (second.Items.Single().Id, second.Total));
        Assert.Equal(["summit"], after.Items.Select(d => d.Id));
        Assert.Equal(2, after.Total);
    }
}
