using static OicGraph.Cypher.Tests.CypherTestGraphs;

namespace OicGraph.Cypher.Tests;

/// <summary>Statements of the shape the Neo4j adapter sends, so the fake Query API server can run them unchanged.</summary>
public sealed class AdapterStatementTests
{
    private const string RelationshipMap = "{type: type(r), source: s.id, target: t.id, properties: properties(r)}";

    private readonly CypherEngine _engine = new(new PropertyGraph());

    private IReadOnlyList<IReadOnlyList<object?>> Run(string query, Dictionary<string, object?>? parameters = null) =>
        _engine.Execute(query, parameters ?? [], new CypherExecutionOptions(), CancellationToken.None).Rows;

    private void Seed()
    {
        var rows = new List<object?>
        {
            Row(("id", "q-astana"), ("name", "Astana"), ("type", "Place"), ("searchKeys", new List<object?> { "astana", "астана" })),
            Row(("id", "q-almaty"), ("name", "Almaty"), ("type", "Place"), ("searchKeys", new List<object?> { "almaty" })),
            Row(("id", "q-tokayev"), ("name", "Tokayev"), ("type", "Person"), ("searchKeys", new List<object?> { "tokayev" })),
        };
        Run("UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e = row, e:Place REMOVE e:Person:Organization", Params(("rows", rows)));
        Run("MATCH (e:Entity {id: 'q-tokayev'}) SET e:Person REMOVE e:Place");
        Run(
            "UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) CREATE (s)-[r:LOCATED_IN]->(t) SET r = row.properties",
            Params(("rows", new List<object?>
            {
                Row(("source", "q-tokayev"), ("target", "q-astana"), ("properties", Row(("id", "r1"), ("evidenceDocument", new List<object?> { "doc-1" })))),
                Row(("source", "q-astana"), ("target", "q-almaty"), ("properties", Row(("id", "r2"), ("evidenceDocument", new List<object?> { "doc-2" })))),
            })));
        Run(
            "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row",
            Params(("rows", new List<object?> { Row(("id", "doc-1"), ("text", "Токаев Астанада"), ("contentHash", "h1")) })));
        Run(
            "UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (e:Entity {id: row.entity}) "
            + "CREATE (d)-[:MENTIONS {start: row.start, end: row.end, sentence: row.sentence, text: row.text}]->(e)",
            Params(("rows", new List<object?>
            {
                Row(("document", "doc-1"), ("entity", "q-tokayev"), ("start", 0L), ("end", 6L), ("sentence", 0L), ("text", "Токаев")),
                Row(("document", "doc-1"), ("entity", "q-astana"), ("start", 7L), ("end", 15L), ("sentence", 0L), ("text", "Астанада")),
            })));
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) => Params(values);

    [Fact]
    public void Upserts_set_properties_and_swap_labels()
    {
        Seed();

        var rows = Run("MATCH (e:Entity {id: 'q-tokayev'}) RETURN labels(e) AS labels, properties(e).name AS name");

        Assert.Equal(new List<object?> { "Entity", "Person" }, rows[0][0]);
        Assert.Equal("Tokayev", rows[0][1]);
    }

    [Fact]
    public void Entity_listing_filters_by_search_key_prefix_and_pages()
    {
        Seed();

        var rows = Run(
            "MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type) "
            + "AND ($keys IS NULL OR any(k IN e.searchKeys WHERE any(q IN $keys WHERE k STARTS WITH q))) "
            + "AND ($document IS NULL OR $document IN [(d:Document)-[:MENTIONS]->(e) | d.id]) "
            + "WITH e ORDER BY e.name, e.id WITH collect(properties(e)) AS matched "
            + "RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items",
            Params(("type", null), ("keys", new List<object?> { "ast", "tok" }), ("document", "doc-1"), ("offset", 0L), ("limit", 1L)));

        Assert.Equal(2L, rows[0][0]);
        var item = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single((IReadOnlyList<object?>)rows[0][1]!));
        Assert.Equal("Astana", item["name"]);
    }

    [Fact]
    public void Relationship_listing_builds_maps_and_filters_by_direction()
    {
        Seed();

        var rows = Run(
            "MATCH (s:Entity)-[r]->(t:Entity) "
            + "WHERE ($entity IS NULL OR (s.id = $entity AND $direction <> 'Incoming') OR (t.id = $entity AND $direction <> 'Outgoing')) "
            + "AND ($types IS NULL OR type(r) IN $types) AND ($document IS NULL OR $document IN r.evidenceDocument) "
            + "WITH s, r, t ORDER BY type(r), r.id WITH collect(" + RelationshipMap + ") AS matched "
            + "RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items",
            Params(("entity", "q-astana"), ("direction", "Both"), ("types", null), ("document", null), ("offset", 0L), ("limit", 10L)));

        Assert.Equal(2L, rows[0][0]);
    }

    [Fact]
    public void Stats_count_everything_in_one_statement()
    {
        Seed();

        var row = Assert.Single(Run(
            "OPTIONAL MATCH (e:Entity) WITH collect(e.type) AS entityTypes "
            + "OPTIONAL MATCH (:Entity)-[r]->(:Entity) WITH entityTypes, collect(type(r)) AS relationshipTypes "
            + "OPTIONAL MATCH (d:Document) WITH entityTypes, relationshipTypes, count(d) AS documents "
            + "OPTIONAL MATCH (:Document)-[m:MENTIONS]->(:Entity) "
            + "RETURN entityTypes, relationshipTypes, documents, count(m) AS mentions"));

        Assert.Equal(3, ((IReadOnlyList<object?>)row[0]!).Count);
        Assert.Equal(2, ((IReadOnlyList<object?>)row[1]!).Count);
        Assert.Equal(1L, row[2]);
        Assert.Equal(2L, row[3]);
    }

    [Fact]
    public void Stats_on_an_empty_graph_return_one_row_of_zeros()
    {
        var row = Assert.Single(Run(
            "OPTIONAL MATCH (e:Entity) WITH collect(e.type) AS entityTypes "
            + "OPTIONAL MATCH (d:Document) WITH entityTypes, count(d) AS documents RETURN entityTypes, documents"));

        Assert.Empty((IReadOnlyList<object?>)row[0]!);
        Assert.Equal(0L, row[1]);
    }

    [Fact]
    public void Document_summaries_group_mentions()
    {
        Seed();

        var rows = Run(
            "MATCH (d:Document)-[:MENTIONS]->(:Entity {id: $id}) WITH DISTINCT d "
            + "OPTIONAL MATCH (d)-[m:MENTIONS]->(:Entity) RETURN d.id AS id, size(d.text) AS length, count(m) AS mentions ORDER BY id",
            Params(("id", "q-astana")));

        Assert.Equal(new object?[] { "doc-1", 15L, 2L }, rows[0]);
    }

    [Fact]
    public void Deletes_detach_and_report_counts()
    {
        Seed();

        var removed = Run(
            "MATCH (d:Document)-[m:MENTIONS]->(:Entity) WHERE d.id IN $documents DELETE m RETURN count(*) AS removed",
            Params(("documents", new List<object?> { "doc-1" })));
        Run("MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e", Params(("ids", new List<object?> { "q-astana" })));

        Assert.Equal(2L, removed[0][0]);
        Assert.Equal(2L, Run("MATCH (e:Entity) RETURN count(*)")[0][0]);
        Assert.Equal(0L, Run("MATCH ()-[r:LOCATED_IN]->() RETURN count(r)")[0][0]);
    }

    [Fact]
    public void Shortest_paths_respect_the_hop_limit()
    {
        Seed();

        var rows = Run(
            "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[*..3]-(b)) "
            + "RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids",
            Params(("from", "q-tokayev"), ("to", "q-almaty")));
        var none = Run(
            "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = allShortestPaths((a)-[*..1]-(b)) RETURN p",
            Params(("from", "q-tokayev"), ("to", "q-almaty")));

        Assert.Equal(2L, rows[0][0]);
        Assert.Equal(new List<object?> { "q-tokayev", "q-astana", "q-almaty" }, rows[0][1]);
        Assert.Empty(none);
    }

    [Fact]
    public void Graph_functions_and_map_projections_work()
    {
        Seed();

        var row = Assert.Single(Run(
            "MATCH (s:Entity {id: 'q-tokayev'})-[r:LOCATED_IN]->(t) "
            + "RETURN startNode(r).id AS start, endNode(r).id AS end, keys(r) AS keys, coalesce(r.missing, 'x') AS c, "
            + "s{.id, .name, kind: CASE WHEN s:Person THEN 'person' ELSE 'other' END} AS projected"));

        Assert.Equal("q-tokayev", row[0]);
        Assert.Equal("q-astana", row[1]);
        Assert.Equal("x", row[3]);
        var projected = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[4]);
        Assert.Equal("person", projected["kind"]);
    }

    [Fact]
    public void Parameters_from_json_are_accepted()
    {
        using var json = System.Text.Json.JsonDocument.Parse("""{"rows": [{"id": "x1", "n": 2, "tags": ["a", "b"]}]}""");

        Run("UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row", Params(("rows", json.RootElement.GetProperty("rows"))));

        var row = Assert.Single(Run("MATCH (e:Entity {id: 'x1'}) RETURN e.n, e.tags"));
        Assert.Equal(2L, Assert.IsType<long>(row[0]));
        Assert.Equal(new List<object?> { "a", "b" }, row[1]);
    }
}
