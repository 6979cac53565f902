
namespace OicGraph.Graph.Embedded.Tests;

public sealed class DataDirectoryLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string DataDirectory => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_data_directory_an_open_store_holds_cannot_be_opened_again_until_that_store_is_disposed()
    {
        var first = EmbeddedGraphStore.Open(DataDirectory);

        var refused = Assert.Throws<GraphStoreUnavailableException>(() => EmbeddedGraphStore.Open(DataDirectory));
        first.Dispose();
        using var reopened = EmbeddedGraphStore.Open(DataDirectory);

        Assert.Contains(DataDirectory, refused.Message, StringComparison.Ordinal);
        Assert.Contains("in use by another OicGraph process", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await reopened.GetStatsAsync()).Documents);
    }

    [Fact]
    public void Two_directories_are_held_independently()
    {
        using var one = EmbeddedGraphStore.Open(Path.Combine(DataDirectory, "one"));
        using var two = EmbeddedGraphStore.Open(Path.Combine(DataDirectory, "two"));

        Assert.NotSame(one, two);
    }
}
