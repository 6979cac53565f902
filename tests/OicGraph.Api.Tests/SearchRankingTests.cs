using Microsoft.Extensions.DependencyInjection;
using OicGraph.Api.Endpoints;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Api.Tests;

/// <summary>
/// Search ranks each candidate from its names' keys worked out once per entity record (<see cref="SearchRanking"/>); the
/// best name and score must be the ones the former per-request LINQ ranking (kept here as the reference) gave.
/// </summary>
public sealed class SearchRankingTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    public static TheoryData<string> Queries => new()
    {
        "قازاقستان",
        "قازاقستاننىڭ",
        "Қазақстанның",
        "Kazakhstan",
        "qazaqstan",
        "Ислам",
        "ИЫҰ",
        "sa",
        "جيددا",
        "Асқар",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_entity_ranks_as_the_former_ranking_ranked_it(string query)
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var entities = (await store.ListEntitiesAsync(new EntityQuery(Limit: 5000))).Items;
        var keys = SearchKeys.ForQuery(query);
        var script = SearchRanking.ScriptOf(query);
        var matched = 0;
        foreach (var entity in entities)
        {
            var expected = Reference(entity, keys, script);
            // Twice: the first call works the entity's keys out, the second reads them back.
            Assert.Equal(expected, SearchRanking.Best(entity, keys, script));
            Assert.Equal(expected, SearchRanking.Best(entity, keys, script));
            matched += expected.Score > 0 ? 1 : 0;
        }

        Assert.True(entities.Count > 100, $"only {entities.Count} entities");
        Assert.True(matched > 0, $"'{query}' matches no entity, so it compares only misses");
    }

    private static (double Score, string Name) Reference(Entity entity, IReadOnlyList<string> queryKeys, Script queryScript) =>
        new[] { entity.Name }.Concat(entity.Names.Values).Concat(entity.Aliases).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .SelectMany((name, position) => SearchKeys.ForName(name).SelectMany(key => queryKeys
                .Select((q, rank) => (Query: q, Rank: rank))
                .Where(q => key.StartsWith(q.Query, StringComparison.Ordinal))
                .Select(q => (Name: name, Score: Math.Round((double)q.Query.Length / key.Length, 3), q.Rank, Foreign: SearchRanking.ScriptOf(name) != queryScript, Position: position))))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Rank)
            .ThenBy(m => m.Foreign)
            .ThenBy(m => m.Position)
            .Select(m => (m.Score, m.Name))
            .FirstOrDefault((0, entity.Name));
}
