using OicGraph.Graph.Model;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Reads on the wire: one read-mode statement with its parameters, and the answer mapped to the model.</summary>
public sealed class StoreReadWireTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _script = new();
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync(_script);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Dictionary<string, object?> KazakhstanNode() => new()
    {
        ["id"] = "kazakhstan",
        ["type"] = "Country",
        ["name"] = "Kazakhstan",
        ["name_en"] = "Kazakhstan",
        ["name_kk_Arab"] = "قازاقستان",
        ["aliases"] = new List<object?> { "Qazaqstan" },
        ["searchKeys"] = new List<object?> { "kazakhstan", "qazaqstan" },
        ["iso2"] = "KZ",
        ["accession"] = "1995",
    };

    [Fact]
    public async Task An_entity_is_read_from_its_flat_properties()
    {
        _script.On("MATCH (e:Entity {id: $id}) RETURN properties(e)", FakeOutcome.Table(["entity"], [KazakhstanNode()]));
        var store = TestStores.Store(_server);

        var entity = await store.GetEntityAsync("kazakhstan");

        var statement = Assert.Single(_script.Executed);
        Assert.True(statement.ReadMode);
        Assert.Equal("kazakhstan", statement.Parameters["id"]);
        Assert.NotNull(entity);
        Assert.Equal((EntityType.Country, "Kazakhstan"), (entity.Type, entity.Name));
        Assert.Equal(new Dictionary<string, string> { ["en"] = "Kazakhstan", ["kk-Arab"] = "قازاقستان" }, entity.Names);
        Assert.Equal(["Qazaqstan"], entity.Aliases);
        Assert.Equal(new Dictionary<string, string> { ["accession"] = "1995", ["iso2"] = "KZ" }, entity.Properties);
        Assert.Equal(["kazakhstan", "qazaqstan"], entity.SearchKeys);
    }

    [Fact]
    public async Task An_unknown_id_is_null()
    {
        _script.On("MATCH (e:Entity {id: $id}) RETURN properties(e)", FakeOutcome.Table(["entity"]));
        var store = TestStores.Store(_server);

        Assert.Null(await store.GetEntityAsync("atlantis"));
    }

    [Fact]
    public async Task A_relationship_is_read_by_the_type_its_id_names_with_its_evidence_from_the_parallel_lists()
    {
        _script.On("MATCH (s:Entity)-[r:MEMBER_OF {id: $id}]->(t:Entity)", FakeOutcome.Table(["relationship"], [new Dictionary<string, object?>
        {
            ["type"] = "MEMBER_OF",
            ["source"] = "kazakhstan",
            ["target"] = "oic",
            ["properties"] = new Dictionary<string, object?>
            {
                ["id"] = "kazakhstan--member-of--oic",
                ["since"] = "1992",
                ["evidenceDocument"] = new List<object?> { "interview", "reference" },
                ["evidenceStart"] = new List<object?> { 0L, 5L },
                ["evidenceEnd"] = new List<object?> { 10L, 9L },
                ["evidenceSentence"] = new List<object?> { 0L, 2L },
                ["evidenceText"] = new List<object?> { "Kazakhstan", "1995" },
            },
        }]));
        var store = TestStores.Store(_server);

        var fact = await store.GetRelationshipAsync("kazakhstan--member-of--oic");

        // Anchored on the type the id names (its id constraint), not a scan of every relationship.
        Assert.Single(_script.Executed);
        Assert.NotNull(fact);
        Assert.Equal((RelationType.MemberOf, "kazakhstan", "oic"), (fact.Type, fact.SourceId, fact.TargetId));
        Assert.Equal(new Dictionary<string, string> { ["since"] = "1992" }, fact.Properties);
        Assert.Equal([new Evidence("interview", 0, 10, "Kazakhstan", 0), new Evidence("reference", 5, 9, "1995", 2)], fact.Evidence);
    }

    [Fact]
    public async Task Listing_entities_anchors_on_the_filters_given_sends_them_as_parameters_and_reads_total_and_page()
    {
        _script.On("MATCH (:Document {id: $document})-[:MENTIONS]->(e:Entity) WHERE e.type = $type WITH DISTINCT e", FakeOutcome.Table(["total", "items"], [7L, new List<object?> { KazakhstanNode() }]));
        var store = TestStores.Store(_server);

        var page = await store.ListEntitiesAsync(new EntityQuery(EntityType.Country, [], "interview", 3, 1));

        var parameters = Assert.Single(_script.Executed).Parameters;
        Assert.Equal(("Country", null, "interview", 3L, 1L), (parameters["type"], parameters["keys"], parameters["document"], parameters["offset"], parameters["limit"]));
        Assert.Equal((7, 3, 1), (page.Total, page.Offset, page.Limit));
        Assert.Equal("kazakhstan", Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task Stats_come_from_one_statement()
    {
        // One count per entity type label, per fact type, then documents and mentions (Country 2, City 1, MEMBER_OF 1).
        var entityTypes = Enum.GetValues<EntityType>();
        var relationTypes = Enum.GetValues<RelationType>();
        var fields = entityTypes.Select((_, i) => $"e{i}").Concat(relationTypes.Select((_, i) => $"r{i}")).Append("documents").Append("mentions").ToArray();
        var row = entityTypes.Select(t => (object?)(t switch { EntityType.Country => 2L, EntityType.City => 1L, _ => 0L }))
            .Concat(relationTypes.Select(t => (object?)(t == RelationType.MemberOf ? 1L : 0L))).Append(2L).Append(9L).ToArray();
        _script.On("CALL () { MATCH (n:Country) RETURN count(n) AS e0 }", FakeOutcome.Table(fields, row));
        var store = TestStores.Store(_server);

        var stats = await store.GetStatsAsync();

        Assert.Single(_script.Executed);
        Assert.Equal((3, 1, 2, 9), (stats.Entities, stats.Relationships, stats.Documents, stats.Mentions));
        Assert.Equal(new Dictionary<string, int> { ["City"] = 1, ["Country"] = 2 }, stats.EntitiesByType);
        Assert.Equal(new Dictionary<string, int> { ["MEMBER_OF"] = 1 }, stats.RelationshipsByType);
    }

    [Fact]
    public async Task A_document_round_trips_its_ingestion_time()
    {
        _script.On("MATCH (d:Document {id: $id})", FakeOutcome.Table(["document"], [new Dictionary<string, object?>
        {
            ["id"] = "interview", ["kind"] = "article", ["title"] = "Interview", ["language"] = "kk", ["script"] = "Arab",
            ["text"] = "قازاقستان", ["contentHash"] = "abc", ["ingestedAt"] = "2026-11-24T12:00:00.0000000+00:00",
        }]));
        var store = TestStores.Store(_server);

        var document = await store.GetDocumentAsync("interview");

        Assert.NotNull(document);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), document.IngestedAt);
        Assert.Null(document.SourceUrl);
        Assert.Equal("قازاقستان", document.Text);
    }

    [Fact]
    public async Task Readiness_is_return_1()
    {
        var store = TestStores.Store(_server);

        Assert.True(await store.IsReadyAsync());
        Assert.Equal("RETURN 1 AS ok", Assert.Single(_script.Executed).Text);
    }
}
