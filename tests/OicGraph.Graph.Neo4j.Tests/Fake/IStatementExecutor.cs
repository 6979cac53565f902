namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>
/// How the fake server answers statements: scripted by a test (<see cref="ScriptedExecutor"/>) or executed for real by the
/// embedded Cypher engine (<see cref="CypherEngineExecutor"/>). The server owns the wire format; executors only see statements.
/// </summary>
public interface IStatementExecutor
{
    FakeOutcome Execute(FakeStatement statement);

    void Begin(string transactionId);

    void Commit(string transactionId);

    void Rollback(string transactionId);
}
