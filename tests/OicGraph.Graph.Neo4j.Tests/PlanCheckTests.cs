using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>The fake's plan check itself: it must tell an index seek from a scan, or the statements' test proves nothing.</summary>
public sealed class PlanCheckTests
{
    [Theory]
    [InlineData("MATCH (e:Entity {id: $id}) RETURN properties(e) AS entity")]
    [InlineData("MATCH (e:Entity) WHERE e.id IN $ids RETURN properties(e) AS entity")]
    [InlineData("MATCH (e:Entity) WHERE e.type = $type RETURN e")]
    [InlineData("MATCH (s:Entity)-[r:MEMBER_OF {id: $id}]->(t:Entity) RETURN r")]
    [InlineData("MATCH (d:Document {contentHash: $hash}) RETURN d")]
    [InlineData("MATCH (a:Entity) WHERE a.id IN $ids MATCH (a)-[r]-(:Entity) WITH DISTINCT r RETURN r")]
    [InlineData("MATCH (e:Entity {id: $id}) OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e) RETURN count(m)")]
    [InlineData("CALL () { MATCH (:Document {id: $document})-[:MENTIONS]->(e:Entity) WITH DISTINCT e RETURN count(e) AS total } RETURN total")]
    [InlineData("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row")]
    [InlineData("UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) MERGE (s)-[r:MEMBER_OF {id: row.id}]->(t)")]
    [InlineData("CALL db.index.fulltext.queryNodes('entitySearchKeys', $lucene) YIELD node AS e RETURN e")]
    [InlineData("CALL () { MATCH (n:Country) RETURN count(n) AS e0 } CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS r0 } RETURN e0, r0")]
    [InlineData("MATCH (d:Document) RETURN count(d) AS count")]
    [InlineData("MATCH (d:Document) WHERE d.id IS NOT NULL WITH d ORDER BY d.id SKIP $offset LIMIT $limit RETURN d")]
    [InlineData("CALL () { CALL () { MATCH ()-[r:HELD_IN]->() RETURN count(r) AS n UNION ALL MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS n } RETURN sum(n) AS total } RETURN total")]
    [InlineData("MATCH (s)-[r:MEMBER_OF]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY r.id LIMIT $reach RETURN r UNION ALL MATCH (s)-[r:HELD_IN]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY r.id LIMIT $reach RETURN r")]
    [InlineData("MATCH ()-[r:MEMBER_OF]->() WHERE r.id IS NOT NULL WITH r ORDER BY r.id SKIP $offset LIMIT $limit RETURN r")]
    [InlineData("MATCH (:Document {id: $document})-[:MENTIONS]->(a:Entity) WITH DISTINCT a MATCH (a)-[r:HELD_IN|MEMBER_OF]-(:Entity) WITH DISTINCT r RETURN r")]
    public void An_anchored_statement_passes(string statement) => Assert.Empty(PlanCheck.Scans(statement));

    /// <summary>The write statement and the schema-free reads it is sent with: every MATCH and MERGE seeks a unique id.</summary>
    [Fact]
    public void The_write_statement_is_anchored_throughout() => Assert.Empty(PlanCheck.Scans(OicGraph.Graph.Neo4j.Store.WriteStatement.Text));

    [Theory]
    [InlineData("MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id = $id RETURN r")]
    [InlineData("MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type) RETURN e")]
    [InlineData("MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids OR t.id IN $ids RETURN r")]
    [InlineData("MATCH (e:Entity) WHERE any(k IN e.searchKeys WHERE k STARTS WITH $q) RETURN e")]
    [InlineData("MATCH (e:Entity {id: $id}) MATCH (d:Document) RETURN d")]
    [InlineData("MATCH (n {id: $id}) RETURN n")]
    [InlineData("MATCH (n) WHERE n.id = $id RETURN n")]
    [InlineData("UNWIND $rows AS row MERGE (e:Entity {name: row.name})")]
    [InlineData("MATCH (e:Entity) RETURN collect(e.type) AS types")]
    [InlineData("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts")]
    [InlineData("MATCH (d:Document) WITH d ORDER BY d.id SKIP $offset LIMIT $limit RETURN d")]
    [InlineData("UNWIND $rows AS row MERGE (e {id: row.id})")]
    [InlineData("CALL () { MATCH (e:Entity {id: $id}) RETURN count(e) AS n } CALL () { MATCH (e)-[r]->(t:Entity) RETURN count(r) AS m } RETURN n, m")]
    [InlineData("MATCH (s)-[r:MEMBER_OF|HELD_IN]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY r.id LIMIT $reach RETURN r")]
    [InlineData("MATCH (s)-[r]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY r.id LIMIT $reach RETURN r")]
    [InlineData("MATCH (s)-[r:MEMBER_OF]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY r.id RETURN r")]
    [InlineData("MATCH (s)-[r:MEMBER_OF]->(t) WHERE r.id IS NOT NULL WITH s, r, t ORDER BY type(r), r.id LIMIT $reach RETURN r")]
    [InlineData("MATCH (s)-[r:MEMBER_OF]->(t) WITH s, r, t ORDER BY r.id LIMIT $reach RETURN r")]
    [InlineData("MATCH (s)-[r:MEMBER_OF]->(t) WHERE r.since IS NOT NULL WITH s, r, t ORDER BY r.since LIMIT $reach RETURN r")]
    [InlineData("MATCH ()-[r:MEMBER_OF|HELD_IN]->() RETURN count(r) AS n")]
    [InlineData("MATCH (s:Entity)-[r:MEMBER_OF]->(t:Entity) WHERE $document IN r.evidenceDocument RETURN r")]
    [InlineData("MATCH (e:Entity {id: $id}) RETURN e AS x UNION ALL MATCH (e)-[r]->(t:Entity) RETURN t AS x")]
    public void A_scan_is_reported(string statement) => Assert.NotEmpty(PlanCheck.Scans(statement));
}
