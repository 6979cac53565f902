using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OicGraph.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Api.Tests;

public sealed class FailureTests
{
    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_that_reveals_no_internals()
    {
        using var factory = WithStore(new FailingStore(new InvalidOperationException("connection string Password=hunter2")));
        var response = await factory.CreateClient().GetAsync("/api/stats");

        var problem = await response.AssertProblem(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("hunter2", problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", problem.GetRawText(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task An_unreachable_graph_database_is_a_503_problem_and_not_ready()
    {
        using var factory = WithStore(new FailingStore(new GraphStoreUnavailableException("Neo4j at http://neo4j:7474 did not answer.")));
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/entities");
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        var problem = await response.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("did not answer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static OicGraphApiFactory WithStore(IGraphStore store)
    {
        var factory = new OicGraphApiFactory { ConfigureServices = s => s.AddSingleton(store) };
        factory.Settings["Graph:Seed:Enabled"] = "false";
        return factory;
    }

    /// <summary>A store whose every call fails the same way.</summary>
    private sealed class FailingStore(Exception failure) : IGraphStore
    {
        public Task<GraphChange> ApplyAsync(GraphPatch patch, CancellationToken cancellationToken = default) => throw failure;

        public Task<GraphChange?> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => throw failure;

        public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => throw failure;

        public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw failure;

        public Task<EntityDetails?> GetEntityDetailsAsync(string id, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) => throw failure;

        public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<Relationship>> ListRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) => throw failure;

        public Task<GraphSlice?> GetNeighborhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken = default) => throw failure;

        public Task<GraphSlice> GetSubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default) => throw failure;

        public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string fromId, string toId, int maxDepth, int limit, CancellationToken cancellationToken = default) => throw failure;

        public Task<IReadOnlyList<Mention>> GetMentionsAsync(string? entityId, string? documentId, CancellationToken cancellationToken = default) => throw failure;

        public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw failure;

        public Task<Page<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default) => throw failure;

        public Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default) => throw failure;

        public Task<Document?> FindDocumentByHashAsync(string contentHash, CancellationToken cancellationToken = default) => throw failure;

        public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => throw failure;
    }
}
