using OicGraph.Graph.Neo4j.Store;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// The fake's <c>db.index.fulltext.queryNodes</c> answers as Neo4j does (see <see cref="FakeFullText"/> for the sources):
/// the index's labels and properties, list elements as separate values, the keyword analyzer's exact case, best score
/// first, and the documented failures for an unknown index and a query Lucene cannot parse.
/// </summary>
public sealed class FakeFullTextTests
{
    private readonly CypherEngineExecutor _database = new();

    public FakeFullTextTests()
    {
        foreach (var ddl in Statements.Schema)
        {
            Assert.Null(Write(ddl).Error);
        }

        Assert.Null(Write(
            "CREATE (:Entity {id: 'kz', name: 'Kazakhstan', searchKeys: ['~KZKSTN', '=kazakhstan']}), "
            + "(:Entity {id: 'kg', name: 'Kyrgyzstan', searchKeys: ['~KRGZSTN', '=kyrgyzstan']}), "
            + "(:Entity {id: 'str', name: 'One key', searchKeys: '~KZ'}), "
            + "(:Entity {id: 'nums', searchKeys: [1, 2]}), "
            + "(:Document {id: 'd', searchKeys: ['~KZKSTN']})").Error);
    }

    [Fact]
    public void A_prefix_query_finds_the_labelled_nodes_with_a_list_element_or_string_starting_with_it()
    {
        Assert.Equal(["kz", "str"], Ids(Search("\\~KZ*")));
        Assert.Equal(["kz"], Ids(Search("\\=kaz*")));
        Assert.Equal(["kz"], Ids(Search("\\~KZKSTN")));
        Assert.Empty(Search("\\~KZK"));
    }

    [Fact]
    public void The_keyword_analyzer_keeps_case_and_whole_values()
    {
        Assert.Empty(Search("\\~kz*"));
        Assert.Empty(Search("KZKSTN*"));
    }

    [Fact]
    public void Clauses_joined_by_OR_add_their_scores_and_the_best_comes_first()
    {
        var rows = Search("\\~KR* OR \\=kyrgyz* OR \\~KZ*");

        Assert.Equal(["kg", "kz", "str"], Ids(rows));
        Assert.Equal([2.0, 1.0, 1.0], rows.Select(r => (double)r[1]!));
        Assert.Equal(["kg", "kz", "str"], Ids(Search("\\~KR* \\=kyrgyz* \\~KZ*")));
    }

    [Theory]
    [InlineData("~KZ*", "ParseException")]
    [InlineData("\\~KZ* OR", "ParseException")]
    [InlineData("OR \\~KZ*", "ParseException")]
    [InlineData("", "ParseException")]
    [InlineData("\\~KZ\\", "ParseException")]
    [InlineData("\"~KZ", "TokenMgrError")]
    [InlineData("a/b", "TokenMgrError")]
    public void A_query_Lucene_cannot_parse_fails_the_call_as_Neo4j_reports_it(string query, string cause)
    {
        var error = Assert.IsType<FakeError>(Read($"CALL db.index.fulltext.queryNodes('{FullTextQuery.Index}', $q) YIELD node RETURN node", query).Error);

        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.StartsWith("Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic." + cause, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_index_fails_the_call()
    {
        var error = Read("CALL db.index.fulltext.queryNodes('nope', '\\\\~KZ*') YIELD node RETURN node").Error;

        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error?.Code);
        Assert.Contains("There is no such fulltext schema index: nope", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lucene_the_fake_does_not_implement_and_other_analyzers_are_refused_not_guessed()
    {
        Assert.Contains("does not implement", Read($"CALL db.index.fulltext.queryNodes('{FullTextQuery.Index}', $q) YIELD node RETURN node", "kz~2").Error!.Message, StringComparison.Ordinal);
        Assert.Contains("'standard-no-stop-words' analyzer", Read("CALL db.index.fulltext.queryNodes('entityNames', 'Kazakhstan') YIELD node RETURN node").Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shape_of_the_adapters_search_reads_the_index_it_creates()
    {
        var query = FullTextQuery.Prefixes(["~KZ", "=kyrgyz"]);
        var statement = ShapedReads.ListEntities(type: false, keys: true, document: false);
        var result = _database.Execute(new FakeStatement(statement, new Dictionary<string, object?> { ["lucene"] = query, ["offset"] = 0L, ["limit"] = 10L }, ReadMode: true, TransactionId: null));

        Assert.Null(result.Error);
        Assert.Equal(3L, result.Rows[0][0]);
        Assert.Contains("db.index.fulltext.queryNodes('entitySearchKeys', $lucene)", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_on_a_database_without_the_index_answers_from_a_scan_and_writes_nothing()
    {
        await using var server = await FakeQueryApiServer.StartAsync(new CypherEngineExecutor());
        server.Executor.Execute(new FakeStatement(
            "CREATE (:Entity:Country {id: 'kz', type: 'Country', name: 'Kazakhstan', searchKeys: ['~KZKSTN']}), (:Entity:Country {id: 'kg', type: 'Country', name: 'Kyrgyzstan', searchKeys: ['~KRGZSTN']})",
            new Dictionary<string, object?>(), ReadMode: false, TransactionId: null));
        var store = TestStores.Store(server);

        var page = await store.ListEntitiesAsync(new OicGraph.Graph.Model.EntityQuery(SearchKeys: ["~KZ"]));

        Assert.Equal(["kz"], page.Items.Select(e => e.Id));
        var requests = server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains("db.index.fulltext.queryNodes", requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("STARTS WITH", requests[1].Body, StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Contains("\"accessMode\":\"Read\"", r.Body, StringComparison.Ordinal));
    }

    private List<IReadOnlyList<object?>> Search(string query)
    {
        var outcome = Read($"CALL db.index.fulltext.queryNodes('{FullTextQuery.Index}', $q) YIELD node, score RETURN node, score", query);
        Assert.Null(outcome.Error);
        return [.. outcome.Rows];
    }

    private static IReadOnlyList<string> Ids(IEnumerable<IReadOnlyList<object?>> rows) =>
        [.. rows.Select(r => (string)((OicGraph.Graph.Cypher.CypherNode)r[0]!).Properties["id"]!)];

    private FakeOutcome Write(string text) =>
        _database.Execute(new FakeStatement(text, new Dictionary<string, object?>(), ReadMode: false, TransactionId: null));

    // The procedure is a read: it runs in read access mode, as the adapter's searches do.
    private FakeOutcome Read(string text, string? query = null) => _database.Execute(new FakeStatement(
        text, query is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["q"] = query }, ReadMode: true, TransactionId: null));
}
