using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OicGraph.Api.Contracts;
using OicGraph.Graph;
using OicGraph.Graph.Model;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OicGraph.Api.Tests;

/// <summary>
/// Neighbourhoods and JSON graph exports are written by hand (<see cref="Endpoints.GraphJsonResult"/>): the bytes must be
/// the ones the app's serializer gives for the same <see cref="GraphResponse"/>, so no client can tell.
/// </summary>
public sealed class GraphJsonResultTests(OicGraphApiFactory factory) : IClassFixture<OicGraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string, string?, int> Graphs => new()
    {
        { "/api/entities/kazakhstan/neighbors?depth=2", "kazakhstan", 2 },
        { "/api/entities/oic/neighbors", "oic", 1 },
        { "/api/graph", null, 1 },
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task The_answer_is_the_serializers_bytes_for_the_same_graph(string url, string? entity, int depth)
    {
        var answer = await _client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "nocache=" + Guid.NewGuid().ToString("N"));
        Assert.Equal("application/json; charset=utf-8", answer.Content.Headers.ContentType?.ToString());
        var body = await answer.Content.ReadAsByteArrayAsync();

        var store = factory.Services.GetRequiredService<IGraphStore>();
        var slice = entity is null
            ? await store.GetSubgraphAsync(new SubgraphQuery(null, null, null, 1, 2000))
            : await store.GetNeighborhoodAsync(entity, depth, 500);
        var options = factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var expected = JsonSerializer.SerializeToUtf8Bytes(GraphResponse.From(slice!), options);
        Assert.True(expected.Length > 1000, $"the graph is {expected.Length} bytes, too small to compare much");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(body));
    }
}
