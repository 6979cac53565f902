using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>
/// A search reads the entities whose keys a query key begins from a sorted key index each write keeps; the answer must
/// be the one a test of every key of every entity gives, after every kind of write.
/// </summary>
public sealed class SearchKeyIndexTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Key_searches_equal_a_scan_of_every_entity_after_creates_updates_and_deletes()
    {
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        var writes = StoreWrites.OfEveryKind(store);
        var compared = 0;
        foreach (var write in writes)
        {
            await write();
            var all = (await store.ListEntitiesAsync(new EntityQuery(Limit: 1000))).Items;
            var prefixes = all.SelectMany(e => e.SearchKeys).SelectMany(k => new[] { k, k[..Math.Min(2, k.Length)] }).Append("zz-none").Distinct().ToList();
            foreach (var prefixList in prefixes.Select(p => new[] { p }).Append([.. prefixes.Take(3)]))
            {
                var expected = all
                    .Where(e => e.SearchKeys.Any(k => prefixList.Any(p => k.StartsWith(p, StringComparison.Ordinal))))
                    .Select(e => e.Id)
                    .ToList();
                var found = await store.ListEntitiesAsync(new EntityQuery(SearchKeys: prefixList, Limit: 1000));
                Assert.Equal(expected, found.Items.Select(e => e.Id).ToList());
                Assert.Equal(expected.Count, found.Total);
                compared++;
            }
        }

        Assert.True(compared > 30, $"only {compared} searches compared");
    }

    public void Dispose() => _directory.Dispose();
}
