using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> adapter must have. Each adapter's test project derives from this class;
/// each test gets a fresh, empty store.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A new, empty store; disposed by the test when it is <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    // xunit v2 has no per-test token; the stores still receive one on every call.
    protected static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_new_store_is_empty()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        var stats = await scope.Store.GetStatsAsync(Ct);

        Assert.Equal(0, stats.Entities);
        Assert.Equal(0, stats.Relationships);
        Assert.Equal(0, stats.Documents);
        Assert.Null(await scope.Store.GetEntityAsync("kazakhstan", Ct));
        Assert.Equal(0, (await scope.Store.ListDocumentsAsync(0, 10, Ct)).Total);
    }

    [Fact]
    public async Task A_store_that_answers_is_ready_empty_or_not()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        Assert.True(await scope.Store.IsReadyAsync(Ct));

        await scope.Store.ApplyAsync(Interview(), Ct);

        Assert.True(await scope.Store.IsReadyAsync(Ct));
    }

    [Fact]
    public async Task Applying_a_patch_stores_entities_relationships_mentions_and_documents()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);

        var change = await scope.Store.ApplyAsync(Interview(), Ct);

        Assert.Equal(6, change.EntitiesCreated.Count);
        Assert.Equal(4, change.RelationshipsCreated.Count);
        Assert.Equal(8, change.MentionsAdded);
        var kazakhstan = await scope.Store.GetEntityAsync("kazakhstan", Ct);
        Assert.NotNull(kazakhstan);
        Assert.Equal(EntityType.Country, kazakhstan.Type);
        Assert.Equal("Kazakhstan", kazakhstan.Name);
        Assert.Equal("قازاقستان", kazakhstan.Names[NameScripts.KazakhArabic]);
        Assert.Equal(["Qazaqstan"], kazakhstan.Aliases);
        var stats = await scope.Store.GetStatsAsync(Ct);
        Assert.Equal((6, 4, 1, 8), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        Assert.Equal(2, stats.EntitiesByType["Country"]);
        Assert.Equal(2, stats.RelationshipsByType["LOCATED_IN"]);
    }

    [Fact]
    public async Task Entity_properties_and_relationship_properties_and_evidence_round_trip()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        var patch = Interview();
        await scope.Store.ApplyAsync(patch, Ct);

        var year = await scope.Store.GetEntityAsync("date-1992", Ct);
        var fact = await scope.Store.GetRelationshipAsync("kazakhstan--member-of--oic--since-1992", Ct);

        Assert.Equal("1992", year!.Properties["value"]);
        Assert.NotNull(fact);
        Assert.Equal(("kazakhstan", RelationType.MemberOf, "oic"), (fact.SourceId, fact.Type, fact.TargetId));
        Assert.Equal("1992", fact.Properties["since"]);
        var evidence = Assert.Single(fact.Evidence);
        Assert.Equal("interview", evidence.DocumentId);
        Assert.Equal("Kazakhstan joined the OIC in 1992.", evidence.Text);
        Assert.Equal(InterviewText[evidence.Start..evidence.End], evidence.Text);
    }

    [Fact]
    public async Task Applying_the_same_patch_twice_changes_nothing()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        var before = await scope.Store.GetStatsAsync(Ct);

        var change = await scope.Store.ApplyAsync(Interview(), Ct);

        Assert.True(change.IsEmpty, "a repeated patch reported changes");
        var after = await scope.Store.GetStatsAsync(Ct);
        Assert.Equal((before.Entities, before.Relationships, before.Documents, before.Mentions), (after.Entities, after.Relationships, after.Documents, after.Mentions));
    }

    [Fact]
    public async Task Entities_merge_across_documents_keeping_existing_names_and_uniting_aliases()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var change = await scope.Store.ApplyAsync(Reference(), Ct);

        Assert.Contains("kazakhstan", change.EntitiesUpdated);
        Assert.Empty(change.EntitiesCreated);
        var kazakhstan = (await scope.Store.GetEntityAsync("kazakhstan", Ct))!;
        Assert.Equal("Kazakhstan", kazakhstan.Names[NameScripts.English]);
        Assert.Equal("Қазақстан", kazakhstan.Names[NameScripts.KazakhCyrillic]);
        Assert.Equal("قازاقستان", kazakhstan.Names[NameScripts.KazakhArabic]);
        Assert.Equal(["Kazakstan", "Qazaqstan"], kazakhstan.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disagreeing_sources_are_kept_as_two_facts_each_with_its_evidence()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Reference(), Ct);

        var memberships = await scope.Store.ListRelationshipsAsync(new RelationshipQuery("kazakhstan", Direction.Outgoing, [RelationType.MemberOf]), Ct);

        Assert.Equal(2, memberships.Total);
        Assert.Equal(["1992", "1995"], memberships.Items.Select(r => r.Properties["since"]).Order(StringComparer.Ordinal));
        Assert.Equal(["interview", "reference-oic-member-states"], memberships.Items.Select(r => r.Evidence.Single().DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Relationships_of_an_entity_filter_by_direction_and_type_and_page_with_a_total()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var all = await scope.Store.ListRelationshipsAsync(new RelationshipQuery("oic"), Ct);
        var incoming = await scope.Store.ListRelationshipsAsync(new RelationshipQuery("oic", Direction.Incoming), Ct);
        var outgoing = await scope.Store.ListRelationshipsAsync(new RelationshipQuery("oic", Direction.Outgoing), Ct);
        var worksFor = await scope.Store.ListRelationshipsAsync(new RelationshipQuery("oic", Types: [RelationType.WorksFor]), Ct);
        var secondPage = await scope.Store.ListRelationshipsAsync(new RelationshipQuery("oic", Offset: 1, Limit: 1), Ct);

        Assert.Equal(3, all.Total);
        Assert.Equal(2, incoming.Total);
        Assert.Equal("jeddah", Assert.Single(outgoing.Items).TargetId);
        Assert.Equal("askar-mussinov", Assert.Single(worksFor.Items).SourceId);
        Assert.Equal(3, secondPage.Total);
        Assert.Equal(all.Items[1].Id, Assert.Single(secondPage.Items).Id);
    }

    [Fact]
    public async Task Relationships_list_in_type_then_id_order_and_filter_by_type_and_document()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var all = await scope.Store.ListRelationshipsAsync(new RelationshipQuery(Limit: 100), Ct);
        var located = await scope.Store.ListRelationshipsAsync(new RelationshipQuery(Types: [RelationType.LocatedIn, RelationType.HeldIn]), Ct);
        var fromSummit = await scope.Store.ListRelationshipsAsync(new RelationshipQuery(DocumentId: "summit"), Ct);

        Assert.Equal(6, all.Total);
        Assert.Equal(all.Items.OrderBy(r => r.Type.Name(), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id), all.Items.Select(r => r.Id));
        Assert.Equal(3, located.Total);
        Assert.Equal(["astana-summit--held-in--astana", "kazakhstan--chaired--oic"], fromSummit.Items.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Pages of the lists with no entity to start from are slices of the whole ordered list, across type boundaries: the
    /// Neo4j store reads each type's facts in id order up to offset + limit and orders their union, which must give the
    /// same page as sorting every fact.
    /// </summary>
    [Fact]
    public async Task Relationship_pages_without_an_entity_are_slices_of_the_whole_ordered_list()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);
        await scope.Store.ApplyAsync(Reference(), Ct);

        foreach (var (types, document) in new (RelationType[]? Types, string? Document)[]
        {
            (null, null), ([RelationType.LocatedIn, RelationType.HeldIn, RelationType.MemberOf], null), (null, "interview"), ([RelationType.MemberOf, RelationType.WorksFor], "reference-oic-member-states"),
        })
        {
            var whole = await scope.Store.ListRelationshipsAsync(new RelationshipQuery(Types: types, DocumentId: document, Limit: 100), Ct);
            Assert.True(whole.Total >= 2, $"{whole.Total} facts for {document ?? "every document"}");
            Assert.Equal(whole.Items.OrderBy(r => r.Type.Name(), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id), whole.Items.Select(r => r.Id));
            for (var offset = 0; offset <= whole.Total; offset++)
            {
                var page = await scope.Store.ListRelationshipsAsync(new RelationshipQuery(Types: types, DocumentId: document, Offset: offset, Limit: 2), Ct);
                Assert.Equal(whole.Total, page.Total);
                Assert.Equal(whole.Items.Skip(offset).Take(2).Select(r => r.Id), page.Items.Select(r => r.Id));
            }
        }
    }

    [Fact]
    public async Task Entities_list_by_type_in_name_order_with_paging_and_total()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var all = await scope.Store.ListEntitiesAsync(new EntityQuery(Limit: 100), Ct);
        var cities = await scope.Store.ListEntitiesAsync(new EntityQuery(EntityType.City), Ct);
        var page = await scope.Store.ListEntitiesAsync(new EntityQuery(Offset: 2, Limit: 3), Ct);

        Assert.Equal(8, all.Total);
        Assert.Equal(all.Items.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id), all.Items.Select(e => e.Id));
        Assert.Equal(["astana", "jeddah"], cities.Items.Select(e => e.Id));
        Assert.Equal(8, page.Total);
        Assert.Equal(all.Items.Skip(2).Take(3).Select(e => e.Id), page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Entities_filter_by_search_key_prefix_and_by_document()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var byPrefix = await scope.Store.ListEntitiesAsync(new EntityQuery(SearchKeys: ["qaz"]), Ct);
        var byTwoKeys = await scope.Store.ListEntitiesAsync(new EntityQuery(SearchKeys: ["jed", "astana summit"]), Ct);
        var notInfix = await scope.Store.ListEntitiesAsync(new EntityQuery(SearchKeys: ["akhstan"]), Ct);
        var inSummit = await scope.Store.ListEntitiesAsync(new EntityQuery(DocumentId: "summit"), Ct);
        var citiesInSummit = await scope.Store.ListEntitiesAsync(new EntityQuery(EntityType.City, DocumentId: "summit"), Ct);

        Assert.Equal("kazakhstan", Assert.Single(byPrefix.Items).Id);
        Assert.Equal(["astana-summit", "jeddah"], byTwoKeys.Items.Select(e => e.Id));
        Assert.Empty(notInfix.Items);
        Assert.Equal(["astana", "astana-summit", "kazakhstan", "oic"], inSummit.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("astana", Assert.Single(citiesInSummit.Items).Id);
    }
}
