using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

public abstract partial class GraphStoreContract
{
    /// <summary>
    /// Search keys are matched as literal text whatever they hold: a backend that hands them to a query language (Neo4j's
    /// full-text index parses Lucene syntax) must escape them, so operator characters neither fail the search nor change
    /// what it matches. Keys are compared case-sensitively and by prefix only.
    /// </summary>
    [Fact]
    public async Task Search_keys_holding_query_syntax_match_literally_by_prefix()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        var doc = Doc("syntax", "G-20 (Riyadh): \"a*b?\" ~KZK met.");
        var g20 = Entity("g-20", EntityType.Organization, "G-20") with { SearchKeys = ["=g-20 (riyadh): \"a*b?\"", "~KZK STN", "AND", "c:\\d/e"] };
        var other = Entity("other", EntityType.Organization, "Other") with { SearchKeys = ["=g", "~KZ", "=ab"] };
        await scope.Store.ApplyAsync(new GraphPatch([doc], [g20, other], [], [Mention(doc, "g-20", "G-20"), Mention(doc, "other", "met")]), Ct);

        async Task<IReadOnlyList<string>> Find(params string[] keys) =>
            [.. (await scope.Store.ListEntitiesAsync(new EntityQuery(SearchKeys: keys), Ct)).Items.Select(e => e.Id)];

        Assert.Equal(["g-20"], await Find("=g-20 (riyadh): \"a*"));
        Assert.Equal(["g-20"], await Find("~KZK S"));
        Assert.Equal(["g-20", "other"], await Find("~KZ"));
        Assert.Equal(["g-20"], await Find("AND"));
        Assert.Equal(["g-20"], await Find("c:\\d/"));
        Assert.Equal(["g-20", "other"], await Find("=g"));
        Assert.Empty(await Find("=a*b"));
        Assert.Empty(await Find("~kzk"));
        Assert.Empty(await Find("KZK"));
        Assert.Empty(await Find("(", ")", "\"", "/", "\\", "*", "?", "-"));
        Assert.Equal(["other"], await Find("=ab", "-"));
        var typed = await scope.Store.ListEntitiesAsync(new EntityQuery(EntityType.Organization, ["~KZ"], null, 1, 1), Ct);
        Assert.Equal((2, "other"), (typed.Total, Assert.Single(typed.Items).Id));
        Assert.Empty((await scope.Store.ListEntitiesAsync(new EntityQuery(EntityType.Person, ["~KZ"]), Ct)).Items);
    }
}
