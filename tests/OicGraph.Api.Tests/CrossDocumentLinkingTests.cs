using System.Net;
using System.Text.Json;
using OicGraph.Graph.Neo4j.Tests.Fake;
using OicGraph.Text;

namespace OicGraph.Api.Tests;

/// <summary>
/// One node per referent across documents: articles written for the test (in Cyrillic, posted as Kazinform prints them),
/// each spelling a person the reference data does not know in its own way. Run on both backends (the Neo4j adapter
/// against the fake Query API): resolution asks the store only through its port, so both must resolve alike.
/// </summary>
public sealed class CrossDocumentLinkingTests(CrossDocumentLinkingTests.TwoWritableBackends backends) : IClassFixture<CrossDocumentLinkingTests.TwoWritableBackends>
{
    private const string Key = "test-key-123";

    public static TheoryData<string> Backends => new() { "Embedded", "Neo4j" };

    private HttpClient _client = null!;

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Two_documents_spelling_a_person_differently_give_one_node_with_both_spellings(string backend)
    {
        _client = backends.Client(backend);
        var first = await Post("spelling-one", "Жиынды Айбын Құсанбеков ашты. Ол баяндама жасады.");
        var second = await Post("spelling-two", "Айбын Қысанбеков сұрақтарға жауап берді.");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var person = await _client.GetFromJsonAsync<JsonElement>("/api/entities/aybyn-kusanbekov");
        var documents = person.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains("spelling-one", documents);
        Assert.Contains("spelling-two", documents);
        var aliases = person.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains(CyrillicToArabic.Convert("Айбын Қысанбеков"), aliases);
        Assert.Contains("Айбын Қысанбеков", aliases);
        await (await _client.GetAsync("/api/entities/aybyn-kysanbekov")).AssertProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Different_people_sharing_a_surname_stay_two_nodes_and_a_bare_surname_is_not_linked(string backend)
    {
        _client = backends.Client(backend);
        await Post("brother-one", "Ерлан Нұрғалиев жиынға қатысты.");
        await Post("brother-two", "Қанат Нұрғалиев баяндама жасады.");
        await Post("bare-surname", "Кеше Нұрғалиев сөз сөйледі.");

        var erlan = await _client.GetFromJsonAsync<JsonElement>("/api/entities/erlan-nurgaliev");
        var kanat = await _client.GetFromJsonAsync<JsonElement>("/api/entities/kanat-nurgaliev");
        Assert.Equal(["brother-one"], erlan.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(["brother-two"], kanat.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    private Task<HttpResponseMessage> Post(string id, string cyrillic) =>
        _client.PostAsJsonAsync("/api/documents", new { text = CyrillicToArabic.Convert(cyrillic), id });

    public sealed class TwoWritableBackends : IAsyncLifetime
    {
        private readonly OicGraphApiFactory _embeddedApp = new();
        private readonly OicGraphApiFactory _neo4jApp = new();
        private readonly Dictionary<string, HttpClient> _clients = [];
        private FakeQueryApiServer? _server;

        public HttpClient Client(string backend) => _clients[backend];

        public async Task InitializeAsync()
        {
            _server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
            _neo4jApp.UseNeo4j(_server);
            foreach (var (name, app) in new[] { ("Embedded", _embeddedApp), ("Neo4j", _neo4jApp) })
            {
                app.Settings["Api:Keys:0"] = Key;
                var client = app.CreateClient();
                client.DefaultRequestHeaders.Add("X-Api-Key", Key);
                _clients[name] = client;
            }
        }

        public async Task DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            await _embeddedApp.DisposeAsync();
            await _neo4jApp.DisposeAsync();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
