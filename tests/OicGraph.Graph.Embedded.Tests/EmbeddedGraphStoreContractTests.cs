using OicGraph.Graph.Contract;

namespace OicGraph.Graph.Embedded.Tests;

public sealed class EmbeddedGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();
    private int _stores;

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult<IGraphStore>(EmbeddedGraphStore.Open(Path.Combine(_directory.Path, $"store-{Interlocked.Increment(ref _stores)}")));

    public void Dispose() => _directory.Dispose();
}
