using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

public abstract partial class GraphStoreContract
{
    private const int Writers = 8;

    /// <summary>
    /// Eight documents that each name Kazakhstan with an alias of their own and restate one fact: written at once they must
    /// leave exactly what writing them one by one leaves (a merge from a stale read would drop aliases or evidence).
    /// </summary>
    [Fact]
    public async Task Eight_concurrent_writers_of_overlapping_documents_lose_no_alias_evidence_or_mention()
    {
        var patches = Enumerable.Range(0, Writers).Select(Overlapping).ToList();
        var fact = patches[0].Relationships[0].Id;

        // What one-by-one writes leave, read before the concurrent store exists (a real Neo4j has one database for both).
        Entity expected;
        Relationship expectedFact;
        int expectedMentions;
        GraphStats expectedStats;
        await using (var sequential = await StoreScope.Create(CreateStoreAsync))
        {
            foreach (var patch in patches)
            {
                await sequential.Store.ApplyAsync(patch, Ct);
            }

            expected = (await sequential.Store.GetEntityAsync("kazakhstan", Ct))!;
            expectedFact = (await sequential.Store.GetRelationshipAsync(fact, Ct))!;
            expectedMentions = (await sequential.Store.GetMentionsAsync("kazakhstan", null, Ct)).Count;
            expectedStats = await sequential.Store.GetStatsAsync(Ct);
        }

        await using var concurrent = await StoreScope.Create(CreateStoreAsync);
        using var start = new ManualResetEventSlim();
        var writers = patches.Select(patch => Task.Run(async () =>
        {
            start.Wait();
            await concurrent.Store.ApplyAsync(patch, Ct);
        })).ToList();
        start.Set();
        await Task.WhenAll(writers);

        var actual = (await concurrent.Store.GetEntityAsync("kazakhstan", Ct))!;
        Assert.Equal(Writers, expected.Aliases.Count);
        Assert.Equal(expected.Aliases.Order(StringComparer.Ordinal), actual.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(expected.SearchKeys.Order(StringComparer.Ordinal), actual.SearchKeys.Order(StringComparer.Ordinal));
        Assert.Equal(Writers, expectedFact.Evidence.Count);
        Assert.Equal(expectedFact.Evidence, (await concurrent.Store.GetRelationshipAsync(fact, Ct))!.Evidence);
        Assert.Equal(expectedMentions, (await concurrent.Store.GetMentionsAsync("kazakhstan", null, Ct)).Count);
        var stats = await concurrent.Store.GetStatsAsync(Ct);
        Assert.Equal((2 * Writers, expectedStats.Relationships, expectedStats.Entities), (stats.Mentions, stats.Relationships, stats.Entities));
    }

    private static GraphPatch Overlapping(int writer)
    {
        var alias = $"Qazaq{writer}";
        var doc = Doc($"wire-{writer}", $"Kazakhstan, {alias}, is a member of the OIC.");
        var kazakhstan = Kazakhstan with { Aliases = [alias], SearchKeys = ["kazakhstan", alias.ToLowerInvariant()] };
        return new GraphPatch(
            [doc],
            [kazakhstan, Oic],
            [Fact("kazakhstan", RelationType.MemberOf, "oic", Evidence(doc, "Kazakhstan, " + alias + ", is a member of the OIC"))],
            [Mention(doc, "kazakhstan", "Kazakhstan"), Mention(doc, "oic", "OIC")]);
    }
}
