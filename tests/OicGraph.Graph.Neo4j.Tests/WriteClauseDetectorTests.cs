using OicGraph.Graph.Neo4j.Cypher;

namespace OicGraph.Graph.Neo4j.Tests;

public sealed class WriteClauseDetectorTests
{
    [Theory]
    [InlineData("CREATE (n)", "CREATE")]
    [InlineData("match (n) merge (m {id: n.id})", "MERGE")]
    [InlineData("MATCH (n) SET n:Label", "SET")]
    [InlineData("MATCH (n) REMOVE n.name", "REMOVE")]
    [InlineData("MATCH (n) DETACH DELETE n", "DETACH")]
    [InlineData("MATCH (n) WITH n DELETE n", "DELETE")]
    [InlineData("MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "FOREACH")]
    [InlineData("LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD")]
    [InlineData("USE system SHOW USERS", "USE")]
    [InlineData("DROP INDEX entity_name", "DROP")]
    [InlineData("CALL db.createLabel('X')", "CALL db.createLabel")]
    [InlineData("CALL apoc.refactor.mergeNodes([])", "CALL apoc.refactor.mergeNodes")]
    [InlineData("CALL apoc.cypher.doIt('CREATE (n)', {})", "CALL apoc.cypher.doIt")]
    [InlineData("CALL dbms.setConfigValue('a', 'b')", "CALL dbms.setConfigValue")]
    [InlineData("CALL { MATCH (n) DELETE n } IN TRANSACTIONS", "DELETE")]
    [InlineData("MATCH (n) CALL { WITH n RETURN 1 AS x } IN TRANSACTIONS RETURN x", "CALL { ... } IN TRANSACTIONS")]
    [InlineData("CALL `apoc`.`load`.`json`('http://x') YIELD value RETURN value", "CALL apoc.load.json")]
    [InlineData("CALL `db.createLabel`('X')", "CALL db.createLabel")]
    [InlineData("CALL apoc.`cypher`.doIt('CREATE (n)', {})", "CALL apoc.cypher.doIt")]
    [InlineData("CALL (x) { CREATE (:N) }", "CREATE")]
    public void Write_clauses_and_writing_procedures_are_found(string statement, string expected) =>
        Assert.Equal(expected, WriteClauseDetector.FindWrite(statement));

    [Theory]
    [InlineData("MATCH (n:Entity) RETURN n.name")]
    [InlineData("MATCH (n) WHERE n.name = 'please CREATE this' RETURN n")]
    [InlineData("MATCH (n) WHERE n.text CONTAINS \"DELETE it\" RETURN n")]
    [InlineData("MATCH (n) // DELETE later\nRETURN n")]
    [InlineData("MATCH (n) /* SET n.x = 1 */ RETURN n")]
    [InlineData("MATCH (n) RETURN n.set, n.create AS `create`, {delete: 1, merge: 2}")]
    [InlineData("MATCH (n:Create) RETURN n")]
    [InlineData("MATCH (n) WHERE n.id = $set RETURN n")]
    [InlineData("MATCH (n) WHERE n.name = 'it\\'s MERGE time' RETURN n")]
    [InlineData("CALL db.labels() YIELD label RETURN label")]
    [InlineData("CALL db.index.fulltext.queryNodes('entityNames', 'Astana') YIELD node RETURN node")]
    [InlineData("MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p")]
    [InlineData("MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c")]
    [InlineData("MATCH (n) RETURN toSet(n.aliases), n.createdAt, n.resetCount")]
    [InlineData("MATCH (`CREATE`) RETURN `CREATE`.name AS `DELETE`")]
    [InlineData("CALL `db`.`labels`() YIELD label RETURN label")]
    public void Reads_strings_comments_and_property_names_are_not_writes(string statement) =>
        Assert.Null(WriteClauseDetector.FindWrite(statement));
}
