using OicGraph.Cypher;
using OicGraph.Graph.Cypher;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// Executes statements for real with the embedded openCypher engine, so the fake behaves like a database and the store
/// contract suite can run against the adapter. Transactions are serialized by the server; rollback restores the snapshot
/// taken at begin, and a failed auto-commit write is undone the same way. Schema statements are read by
/// <see cref="FakeSchema"/>, and every write is checked against its constraints and Neo4j's property value types before it
/// stands, so a write Neo4j would refuse is refused here too (and rolled back).
/// </summary>
public sealed class CypherEngineExecutor : IStatementExecutor
{
    private readonly FakeSchema _schema;
    private CypherEngine _engine;

    public CypherEngineExecutor()
    {
        _schema = new FakeSchema();
        _engine = NewEngine(new PropertyGraph());
    }

    // Every engine the fake starts over with (after a rollback) knows the procedures Neo4j has that the engine does not.
    private CypherEngine NewEngine(PropertyGraph graph)
    {
        var engine = new CypherEngine(graph);
        FakeFullText.Register(engine, _schema);
        return engine;
    }
    private (IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships)? _snapshot;

    public bool Serializes => true;

    public FakeOutcome Execute(FakeStatement statement)
    {
        if (FakeSchema.IsSchema(statement.Text))
        {
            return _schema.Apply(statement.Text) ?? FakeOutcome.Empty;
        }

        // An auto-commit statement is a transaction of its own: if it fails, nothing of it stays.
        var implicitWrite = statement.TransactionId is null && !statement.ReadMode;
        var before = implicitWrite ? Export() : default;
        var failed = true;
        try
        {
            var outcome = Run(statement);
            if (outcome.Error is null && !statement.ReadMode && Export() is var (nodes, relationships) && _schema.Check(nodes, relationships) is { } refused)
            {
                // Neo4j refuses the statement and, inside a transaction, rolls the whole transaction back.
                if (!implicitWrite)
                {
                    Rollback(statement.TransactionId!);
                }

                return refused;
            }

            failed = outcome.Error is not null;
            return outcome;
        }
        finally
        {
            if (implicitWrite && failed)
            {
                _engine = NewEngine(Import(before.Nodes, before.Relationships));
            }
        }
    }

    private FakeOutcome Run(FakeStatement statement)
    {
        try
        {
            var result = _engine.Execute(statement.Text, statement.Parameters, new CypherExecutionOptions(ReadOnly: statement.ReadMode), CancellationToken.None);
            return new FakeOutcome(result.Columns, result.Rows);
        }
        catch (CypherWriteRefusedException)
        {
            return FakeOutcome.Fail("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to neo4j");
        }
        catch (CypherQueryException exception)
        {
            return FakeOutcome.Fail(exception.Code, exception.Message);
        }
    }

    public void Begin(string transactionId) => _snapshot = Export();



    public void Commit(string transactionId) => _snapshot = null;

    public void Rollback(string transactionId)
    {
        if (_snapshot is { } snapshot)
        {
            _engine = NewEngine(Import(snapshot.Nodes, snapshot.Relationships));
            _snapshot = null;
        }
    }

    private (IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships) Export()
    {
        var options = new CypherExecutionOptions(ReadOnly: true);
        var parameters = new Dictionary<string, object?>();
        var nodes = _engine.Execute("MATCH (n) RETURN n", parameters, options, CancellationToken.None).Rows.Select(row => (CypherNode)row[0]!).ToList();
        var relationships = _engine.Execute("MATCH ()-[r]->() RETURN r", parameters, options, CancellationToken.None).Rows
            .Select(row => (CypherRelationship)row[0]!).ToList();
        return (nodes, relationships);
    }

    private static PropertyGraph Import(IReadOnlyList<CypherNode> nodes, IReadOnlyList<CypherRelationship> relationships)
    {
        var graph = new PropertyGraph();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            ids[node.ElementId] = graph.AddNode(node.Labels, node.Properties);
        }

        foreach (var relationship in relationships)
        {
            graph.AddRelationship(ids[relationship.StartElementId], ids[relationship.EndElementId], relationship.Type, relationship.Properties);
        }

        return graph;
    }
}
