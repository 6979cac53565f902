using System.Text.Json;

namespace OicGraph.Api.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_restarted_server_keeps_the_graph_and_does_not_seed_it_twice()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("oicgraph-restart-").FullName;
        string before;
        using (var first = new OicGraphApiFactory())
        {
            first.Settings["Graph:Embedded:DataDirectory"] = dataDirectory;
            before = (await first.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats")).GetRawText();
        }

        using var second = new OicGraphApiFactory();
        second.Settings["Graph:Embedded:DataDirectory"] = dataDirectory;
        var after = (await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats")).GetRawText();

        Assert.Equal(before, after);
        Assert.Contains("\"documents\":", after, StringComparison.Ordinal);
        Directory.Delete(dataDirectory, recursive: true);
    }
}
