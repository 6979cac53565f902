using OicGraph.Graph.Model;
using static OicGraph.Graph.Contract.TestGraphs;

namespace OicGraph.Graph.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Entity_details_count_mentions_and_list_the_documents_that_name_it()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var details = await scope.Store.GetEntityDetailsAsync("oic", Ct);

        Assert.NotNull(details);
        Assert.Equal(3, details.MentionCount);
        Assert.Equal(["interview", "summit"], details.Documents.Select(d => d.Id));
        Assert.Null(await scope.Store.GetEntityDetailsAsync("atlantis", Ct));
    }

    [Fact]
    public async Task Entities_are_read_by_ids_in_one_call_and_unknown_ids_are_left_out()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var found = await scope.Store.GetEntitiesAsync(["oic", "jeddah", "atlantis", "oic"], Ct);
        var none = await scope.Store.GetEntitiesAsync([], Ct);

        Assert.Equal(["jeddah", "oic"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Jeddah", found["jeddah"].Name);
        Assert.Empty(none);
    }

    [Fact]
    public async Task Neighbourhood_grows_with_depth_and_keeps_only_relationships_inside_it()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var one = await scope.Store.GetNeighborhoodAsync("askar-mussinov", 1, 100, Ct);
        var two = await scope.Store.GetNeighborhoodAsync("askar-mussinov", 2, 100, Ct);
        var three = await scope.Store.GetNeighborhoodAsync("askar-mussinov", 3, 100, Ct);

        Assert.Equal(["askar-mussinov", "oic"], one!.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["askar-mussinov--works-for--oic"], one.Relationships.Select(r => r.Id));
        Assert.Equal(["askar-mussinov", "jeddah", "kazakhstan", "oic"], two!.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, two.Relationships.Count);
        Assert.Contains(three!.Entities, e => e.Id == "saudi-arabia");
        Assert.DoesNotContain(three.Entities, e => e.Id == "date-1992");
        Assert.Null(await scope.Store.GetNeighborhoodAsync("atlantis", 1, 100, Ct));
    }

    [Fact]
    public async Task Neighbourhood_stops_at_the_limit_and_says_so()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var slice = await scope.Store.GetNeighborhoodAsync("oic", 3, 2, Ct);

        Assert.Equal(2, slice!.Entities.Count);
        Assert.Contains(slice.Entities, e => e.Id == "oic");
        Assert.True(slice.Truncated);
        Assert.All(slice.Relationships, r => Assert.Contains(slice.Entities, e => e.Id == r.SourceId));
    }

    [Fact]
    public async Task Subgraph_filters_by_entity_and_relationship_types_and_expands_from_seeds()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var whole = await scope.Store.GetSubgraphAsync(new SubgraphQuery(), Ct);
        var places = await scope.Store.GetSubgraphAsync(new SubgraphQuery(EntityTypes: [EntityType.City, EntityType.Country]), Ct);
        var located = await scope.Store.GetSubgraphAsync(new SubgraphQuery(RelationshipTypes: [RelationType.LocatedIn]), Ct);
        var aroundJeddah = await scope.Store.GetSubgraphAsync(new SubgraphQuery(EntityIds: ["jeddah"], Depth: 1), Ct);

        Assert.Equal((8, 6), (whole.Entities.Count, whole.Relationships.Count));
        Assert.Equal(["astana", "jeddah", "kazakhstan", "saudi-arabia"], places.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("jeddah--located-in--saudi-arabia", Assert.Single(places.Relationships).Id);
        Assert.Equal(2, located.Relationships.Count);
        Assert.All(located.Relationships, r => Assert.Equal(RelationType.LocatedIn, r.Type));
        Assert.Equal(["jeddah", "oic", "saudi-arabia"], aroundJeddah.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Shortest_paths_ignore_direction_and_respect_the_maximum_depth()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);

        var paths = await scope.Store.FindShortestPathsAsync("askar-mussinov", "saudi-arabia", 6, 10, Ct);
        var tooShort = await scope.Store.FindShortestPathsAsync("askar-mussinov", "saudi-arabia", 2, 10, Ct);
        var unknown = await scope.Store.FindShortestPathsAsync("askar-mussinov", "atlantis", 6, 10, Ct);

        var path = Assert.Single(paths);
        Assert.Equal(["askar-mussinov", "oic", "jeddah", "saudi-arabia"], path.Entities.Select(e => e.Id));
        Assert.Equal([RelationType.WorksFor, RelationType.LocatedIn, RelationType.LocatedIn], path.Relationships.Select(r => r.Type));
        Assert.Empty(tooShort);
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task All_shortest_paths_are_returned_when_there_are_several()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var paths = await scope.Store.FindShortestPathsAsync("kazakhstan", "oic", 6, 10, Ct);

        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Single(p.Relationships));
        Assert.Equal(["CHAIRED", "MEMBER_OF"], paths.Select(p => p.Relationships[0].Type.Name()).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Three shortest paths through a diamond, beside a branch that reaches the target's neighbour at the same depth: the
    /// paths come in the shared traversal's order (back from the target over predecessors in discovery order) and the
    /// limit keeps the first, so a backend reading only the facts on shortest paths must answer exactly as one walking all.
    /// </summary>
    [Fact]
    public async Task Several_shortest_paths_come_in_traversal_order_up_to_the_limit()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        var doc = Doc("diamond", "They met.");
        string[] people = ["a", "b1", "b2", "b3", "c1", "c2", "d", "x"];
        (string From, string To)[] meetings = [("a", "b1"), ("a", "b2"), ("a", "b3"), ("b3", "x"), ("b1", "c1"), ("b2", "c1"), ("b2", "c2"), ("c1", "d"), ("c2", "d"), ("x", "c2")];
        await scope.Store.ApplyAsync(new GraphPatch(
            [doc],
            [.. people.Select(id => Entity(id, EntityType.Person, id.ToUpperInvariant()))],
            [.. meetings.Select(m => Fact(m.From, RelationType.MetWith, m.To, Evidence(doc, "met")))],
            [.. people.Select(id => Mention(doc, id, "They"))]), Ct);

        var all = await scope.Store.FindShortestPathsAsync("a", "d", 6, 10, Ct);
        var two = await scope.Store.FindShortestPathsAsync("d", "a", 3, 2, Ct);
        var same = await scope.Store.FindShortestPathsAsync("a", "a", 3, 2, Ct);

        Assert.Equal(["a b1 c1 d", "a b2 c1 d", "a b2 c2 d"], all.Select(p => string.Join(' ', p.Entities.Select(e => e.Id))));
        Assert.All(all, p => Assert.Equal(3, p.Relationships.Count));
        Assert.Equal(["d c1 b1 a", "d c1 b2 a"], two.Select(p => string.Join(' ', p.Entities.Select(e => e.Id))));
        Assert.Equal(["c1--met-with--d", "b1--met-with--c1", "a--met-with--b1"], two[0].Relationships.Select(r => r.Id));
        Assert.Equal("a", Assert.Single(Assert.Single(same).Entities).Id);
    }

    [Fact]
    public async Task Mentions_can_be_read_by_entity_and_by_document()
    {
        await using var scope = await StoreScope.Create(CreateStoreAsync);
        await scope.Store.ApplyAsync(Interview(), Ct);
        await scope.Store.ApplyAsync(Summit(), Ct);

        var ofOic = await scope.Store.GetMentionsAsync("oic", null, Ct);
        var ofOicInSummit = await scope.Store.GetMentionsAsync("oic", "summit", Ct);
        var inInterview = await scope.Store.GetMentionsAsync(null, "interview", Ct);

        Assert.Equal(3, ofOic.Count);
        Assert.Single(ofOicInSummit);
        Assert.Equal(8, inInterview.Count);
        Assert.Equal(inInterview.OrderBy(m => m.Start).Select(m => m.Start), inInterview.Select(m => m.Start));
        Assert.All(inInterview, m => Assert.Equal(InterviewText[m.Start..m.End], m.Text));
    }
}
