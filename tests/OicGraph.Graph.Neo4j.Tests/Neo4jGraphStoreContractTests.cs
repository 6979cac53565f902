using OicGraph.Graph.Contract;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// The shared store contract against the adapter, over real HTTP, with the fake Query API executing every statement on the
/// embedded Cypher engine: the adapter's statements, transactions and mapping are held to the embedded store's behaviour.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract, IAsyncLifetime
{
    private readonly List<FakeQueryApiServer> _servers = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        _servers.Add(server);
        return TestStores.Store(server);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }
}
