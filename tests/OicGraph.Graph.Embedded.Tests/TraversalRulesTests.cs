using OicGraph.Graph.Contract;
using OicGraph.Graph.Model;
using OicGraph.Graph.Traversal;

namespace OicGraph.Graph.Embedded.Tests;

/// <summary>
/// The embedded store walks neighbourhoods under one read lock over per-entity adjacency it keeps between writes; the
/// answer must be the shared <see cref="GraphTraversal"/> rules' over the store's plain reads, after every kind of write.
/// </summary>
public sealed class TraversalRulesTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Neighbourhoods_and_subgraphs_equal_the_shared_rules_after_creates_updates_and_deletes()
    {
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        Func<Task>[] writes = [.. StoreWrites.OfEveryKind(store), () => store.ApplyAsync(TestGraphs.Summit())];
        var compared = 0;
        foreach (var write in writes)
        {
            await write();
            var ids = (await store.ListEntitiesAsync(new EntityQuery(Limit: 1000))).Items.Select(e => e.Id).ToList();
            foreach (var id in ids)
            {
                foreach (var (depth, limit) in new[] { (1, 100), (2, 100), (3, 100), (3, 2), (2, 1) })
                {
                    var expected = await ByTheRulesAsync(store, [id], depth, limit);
                    Assert.Equal(Shown(expected), Shown((await store.GetNeighborhoodAsync(id, depth, limit))!));
                    compared++;
                }
            }

            var pair = ids.Take(2).ToList();
            Assert.Equal(Shown(await ByTheRulesAsync(store, pair, 2, 100)), Shown(await store.GetSubgraphAsync(new SubgraphQuery(EntityIds: pair, Depth: 2))));
        }

        Assert.True(compared > 50, $"only {compared} neighbourhoods compared");
    }

    // A filtered subgraph prunes the walk itself (an entity or relationship that does not fit is neither kept nor walked
    // through), so it is compared with the rules given the same filters, from every entity, after every write.
    [Fact]
    public async Task Filtered_subgraphs_equal_the_shared_rules_given_the_same_filters()
    {
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        Func<Task>[] writes = [.. StoreWrites.OfEveryKind(store), () => store.ApplyAsync(TestGraphs.Summit())];
        var filtered = 0;
        foreach (var write in writes)
        {
            await write();
            var entities = (await store.ListEntitiesAsync(new EntityQuery(Limit: 1000))).Items;
            var relationshipTypes = (await store.ListRelationshipsAsync(new RelationshipQuery(Limit: 10_000))).Items.Select(r => r.Type).Distinct().Order().ToList();
            var entityTypes = entities.Select(e => e.Type).Distinct().Order().ToList();
            IReadOnlyList<EntityType>?[] entityFilters = [null, [.. entityTypes.Where((_, i) => i % 2 == 0)]];
            IReadOnlyList<RelationType>?[] relationshipFilters = [null, [.. relationshipTypes.Take(1)], [.. relationshipTypes.Skip(1)]];
            foreach (var entity in entities)
            {
                foreach (var entityFilter in entityFilters)
                {
                    foreach (var relationshipFilter in relationshipFilters.Where(f => f is null || f.Count > 0))
                    {
                        if (entityFilter is null && relationshipFilter is null)
                        {
                            continue;
                        }

                        var query = new SubgraphQuery([entity.Id], entityFilter, relationshipFilter, Depth: 2, Limit: 100);
                        var expected = await ByTheRulesAsync(store, [entity.Id], 2, 100, Fits(entityFilter), Fits(relationshipFilter));
                        Assert.Equal(Shown(expected), Shown(await store.GetSubgraphAsync(query)));
                        filtered += expected.Entities.Count < (await store.GetNeighborhoodAsync(entity.Id, 2, 100))!.Entities.Count ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(filtered > 10, $"only {filtered} filtered subgraphs were smaller than their neighbourhood");
    }

    [Fact]
    public async Task The_whole_graph_export_is_every_fitting_entity_by_id_after_every_kind_of_write()
    {
        // The store keeps its entities in id order between writes; an export must still show each write at once.
        using var store = EmbeddedGraphStore.Open(_directory.Path);
        Func<Task>[] writes = [.. StoreWrites.OfEveryKind(store), () => store.ApplyAsync(TestGraphs.Summit())];
        foreach (var write in writes)
        {
            await write();
            var all = (await store.ListEntitiesAsync(new EntityQuery(Limit: 1000))).Items;
            foreach (var type in all.Select(e => (EntityType?)e.Type).Distinct().Prepend(null))
            {
                var fitting = all.Where(e => type is null || e.Type == type).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
                foreach (var limit in new[] { 1000, fitting.Count, Math.Max(1, fitting.Count - 1) })
                {
                    var kept = fitting.Take(limit).ToList();
                    var inside = kept.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                    var relationships = (await store.ListRelationshipsAsync(new RelationshipQuery(Limit: 10_000))).Items
                        .Where(r => inside.Contains(r.SourceId) && inside.Contains(r.TargetId))
                        .OrderBy(r => r.Type.Name(), StringComparer.Ordinal)
                        .ThenBy(r => r.Id, StringComparer.Ordinal)
                        .ToList();
                    var expected = new GraphSlice(kept, relationships, fitting.Count > limit);
                    var query = new SubgraphQuery(null, type is { } t ? [t] : null, null, 1, limit);
                    Assert.Equal(Shown(expected), Shown(await store.GetSubgraphAsync(query)));
                }
            }
        }
    }

    private static Func<Entity, bool> Fits(IReadOnlyList<EntityType>? types) => e => types is null || types.Contains(e.Type);

    private static Func<Relationship, bool> Fits(IReadOnlyList<RelationType>? types) => r => types is null || types.Contains(r.Type);

    private static Task<GraphSlice> ByTheRulesAsync(EmbeddedGraphStore store, IReadOnlyList<string> seedIds, int depth, int limit) =>
        ByTheRulesAsync(store, seedIds, depth, limit, _ => true, _ => true);

    // The reference: GraphTraversal over the store's relationship list, then every relationship among the entities by type and id.
    private static async Task<GraphSlice> ByTheRulesAsync(
        EmbeddedGraphStore store, IReadOnlyList<string> seedIds, int depth, int limit, Func<Entity, bool> entityFits, Func<Relationship, bool> relationshipFits)
    {
        var seeds = await store.GetEntitiesAsync(seedIds);
        var (entities, truncated) = await GraphTraversal.ExpandAsync(
            [.. seedIds.Select(id => seeds[id])], depth, limit, entityFits, relationshipFits, async (ids, known, ct) =>
            {
                var adjacency = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
                foreach (var id in ids.Distinct(StringComparer.Ordinal))
                {
                    var page = await store.ListRelationshipsAsync(new RelationshipQuery(id, Direction.Both, Limit: 10_000), ct);
                    adjacency[id] = [.. page.Items.OrderBy(r => r.Id, StringComparer.Ordinal)];
                    foreach (var (otherId, other) in await store.GetEntitiesAsync([.. page.Items.SelectMany(r => new[] { r.SourceId, r.TargetId })], ct))
                    {
                        known.TryAdd(otherId, other);
                    }
                }

                return adjacency;
            },
            CancellationToken.None);
        var inside = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var all = await store.ListRelationshipsAsync(new RelationshipQuery(Limit: 10_000));
        var relationships = all.Items
            .Where(r => inside.Contains(r.SourceId) && inside.Contains(r.TargetId) && relationshipFits(r))
            .OrderBy(r => r.Type.Name(), StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphSlice(entities, relationships, truncated);
    }

    // Records compared by value, evidence included, so a kept adjacency holding an older record shows.
    private static string Shown(GraphSlice slice) =>
        string.Join('\n', slice.Entities.Select(e => $"{e.Id} {e.Name} {string.Join('|', e.Aliases)}"))
        + "\n--\n"
        + string.Join('\n', slice.Relationships.Select(r => $"{r.Id} {string.Join('|', r.Evidence.Select(e => $"{e.DocumentId}:{e.Start}"))}"))
        + $"\ntruncated {slice.Truncated}";

    public void Dispose() => _directory.Dispose();
}
