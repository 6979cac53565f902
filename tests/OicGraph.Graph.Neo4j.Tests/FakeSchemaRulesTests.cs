using OicGraph.Graph.Neo4j.Store;
using OicGraph.Graph.Neo4j.Tests.Fake;

namespace OicGraph.Graph.Neo4j.Tests;

/// <summary>
/// The fake refuses what Neo4j refuses on a write: a second node or fact holding a unique id, and property values Neo4j
/// cannot store; a refused statement leaves nothing behind. Its schema is read from the adapter's own DDL.
/// </summary>
public sealed class FakeSchemaRulesTests
{
    private readonly CypherEngineExecutor _database = new();

    public FakeSchemaRulesTests()
    {
        foreach (var ddl in Statements.Schema)
        {
            Assert.Null(Write(ddl).Error);
        }
    }

    [Fact]
    public void Every_schema_statement_the_adapter_sends_is_one_the_fake_reads() =>
        Assert.All(Statements.Schema, ddl => Assert.True(FakeSchema.IsSchema(ddl), ddl));

    [Fact]
    public void A_second_entity_with_a_taken_id_violates_the_constraint_and_nothing_of_the_statement_stays()
    {
        Assert.Null(Write("CREATE (:Entity {id: 'kazakhstan'})").Error);

        var refused = Write("CREATE (:Entity {id: 'oic'}) CREATE (:Entity {id: 'kazakhstan'})");

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", refused.Error?.Code);
        Assert.Contains("label `Entity` and property `id` = 'kazakhstan'", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1L, Count("MATCH (e:Entity) RETURN count(e)"));
    }

    [Fact]
    public void A_second_fact_of_one_type_with_a_taken_id_violates_the_relationship_key()
    {
        Assert.Null(Write("CREATE (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) CREATE (a)-[:MEMBER_OF {id: 'a--member-of--b'}]->(b)").Error);

        var refused = Write("MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) CREATE (b)-[:MEMBER_OF {id: 'a--member-of--b'}]->(a)");
        var otherType = Write("MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) CREATE (b)-[:OBSERVER_OF {id: 'a--member-of--b'}]->(a)");

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", refused.Error?.Code);
        Assert.Null(otherType.Error);
        Assert.Equal(1L, Count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)"));
    }

    [Theory]
    [InlineData("CREATE (:Entity {id: 'x', p: {a: 1}})")]
    [InlineData("CREATE (:Entity {id: 'x', p: ['a', null]})")]
    [InlineData("CREATE (:Entity {id: 'x', p: [[1], [2]]})")]
    [InlineData("CREATE (:Entity {id: 'x', p: ['a', 1]})")]
    [InlineData("CREATE (:Entity {id: 'x'}) WITH 1 AS one MATCH (e:Entity {id: 'x'}) SET e.p = [1, 'b']")]
    public void A_property_value_Neo4j_cannot_store_is_a_type_error_and_is_not_stored(string statement)
    {
        var refused = Write(statement);

        Assert.Equal("Neo.ClientError.Statement.TypeError", refused.Error?.Code);
        Assert.Equal(0L, Count("MATCH (e:Entity) RETURN count(e)"));
    }

    [Fact]
    public void Lists_of_one_primitive_type_and_primitives_are_stored()
    {
        Assert.Null(Write("CREATE (:Entity {id: 'x', names: ['a', 'b'], starts: [1, 2], ok: true, score: 0.5, empty: []})").Error);
        Assert.Equal(1L, Count("MATCH (e:Entity {id: 'x'}) RETURN count(e)"));
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT entity_id FOR (e:Entity) REQUIRE e.id IS UNIQUE", "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists")]
    [InlineData("CREATE CONSTRAINT broken FOR (e:Entity) REQUIRE x.id IS UNIQUE", "Neo.ClientError.Statement.SyntaxError")]
    [InlineData("CREATE INDEX entity_name FOR (e:Entity) ON e.name", "Neo.ClientError.Statement.SyntaxError")]
    public void A_schema_statement_Neo4j_would_refuse_is_refused(string ddl, string code) =>
        Assert.Equal(code, Write(ddl).Error?.Code);

    private FakeOutcome Write(string text) => _database.Execute(new FakeStatement(text, new Dictionary<string, object?>(), ReadMode: false, TransactionId: null));

    private object? Count(string text) => _database.Execute(new FakeStatement(text, new Dictionary<string, object?>(), ReadMode: true, TransactionId: null)).Rows[0][0];
}
