using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_create_only_patch_for_a_taken_id_applies_nothing_and_names_the_stored_hash()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview() with { CreateOnly = ["interview"] }, Ct);

        var error = await Assert.ThrowsAsync<DocumentExistsException>(() => scope.Store.ApplyAsync(Rewrite("interview", 0) with { CreateOnly = ["interview"] }, Ct));

        Assert.Equal("interview", error.DocumentId);
        Assert.Equal(Hash(InterviewText), error.StoredContentHash);
        Assert.Equal(InterviewText, (await scope.Store.GetDocumentAsync("interview", Ct))!.Text);
        Assert.Null(await scope.Store.GetEntityAsync("rewrite-0", Ct));
        Assert.Equal(8, (await scope.Store.GetMentionsAsync(null, "interview", Ct)).Count);
    }

    [Fact]
    public async Task Concurrent_create_only_patches_of_one_id_have_exactly_one_winner_whose_text_is_stored()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        const int Writers = 8;
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await scope.Store.ApplyAsync(Rewrite("contested", i) with { CreateOnly = ["contested"] }, Ct);
                return i;
            }
            catch (DocumentExistsException)
            {
                return -1;
            }
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, i => i >= 0);
        Assert.Equal(Writers - 1, outcomes.Count(i => i < 0));
        var stored = await scope.Store.GetDocumentAsync("contested", Ct);
        Assert.Equal(RewriteText(winner), stored!.Text);
        Assert.NotNull(await scope.Store.GetEntityAsync($"rewrite-{winner}", Ct));
        Assert.Equal(1, (await scope.Store.GetStatsAsync(Ct)).Entities);
    }

    [Fact]
    public async Task A_create_only_id_must_be_a_document_of_the_patch()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);

        var error = await Assert.ThrowsAsync<InvalidGraphPatchException>(() => scope.Store.ApplyAsync(Interview() with { CreateOnly = ["elsewhere"] }, Ct));

        Assert.Contains("create-only document 'elsewhere'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await scope.Store.GetStatsAsync(Ct)).Documents);
    }

    private static string RewriteText(int version) => $"Version {version} of the article names Rewrite{version}.";

    /// <summary>A one-entity article under <paramref name="id"/> whose text (and entity) differs for every version.</summary>
    private static GraphPatch Rewrite(string id, int version)
    {
        var doc = Doc(id, RewriteText(version));
        return new GraphPatch(
            [doc],
            [Entity($"rewrite-{version}", EntityType.Organization, $"Rewrite{version}")],
            [],
            [Mention(doc, $"rewrite-{version}", $"Rewrite{version}")]);
    }
}
