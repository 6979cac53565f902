namespace OicGraph.Graph.Contract;

/// <summary>Owns a store for one test and disposes it, whatever kind of disposable the adapter is.</summary>
public sealed class StoreScope : IAsyncDisposable
{
    private StoreScope(IGraphStore store) => Store = store;

    public IGraphStore Store { get; }

    public static async Task<StoreScope> Create(Func<Task<IGraphStore>> factory) => new(await factory());

    public async ValueTask DisposeAsync()
    {
        switch (Store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
