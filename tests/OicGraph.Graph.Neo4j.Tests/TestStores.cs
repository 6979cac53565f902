using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OicGraph.Graph.Neo4j.Http;
using OicGraph.Graph.Neo4j.Store;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>Builds the adapter against a server, with test-sized timeouts and retry delays.</summary>
internal static class TestStores
{
    public static Neo4jOptions Options(Uri uri, Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = uri,
            User = "neo4j",
            Password = "test-password",
            Timeout = TimeSpan.FromSeconds(30), // generous: a loaded 2-core CI box runs many fakes at once; no test waits for it
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jQueryClient Client(Neo4jOptions options, Neo4jBookmarks? bookmarks = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, Microsoft.Extensions.Options.Options.Create(options), bookmarks ?? new Neo4jBookmarks(),
            NullLogger<Neo4jQueryClient>.Instance);

    public static Neo4jGraphStore Store(Neo4jOptions options, Neo4jBookmarks? bookmarks = null) =>
        new(Client(options, bookmarks), NullLogger<Neo4jGraphStore>.Instance);

    public static Neo4jGraphStore Store(FakeQueryApiServer server, Action<Neo4jOptions>? configure = null) =>
        Store(Options(server.Uri, configure));
}
