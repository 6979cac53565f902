namespace OicGraph.Graph.Neo4j.Tests.Fake;

/// <summary>A statement as the fake server received it: text, decoded parameters, access mode and the transaction it runs in.</summary>
public sealed record FakeStatement(
    string Text,
    IReadOnlyDictionary<string, object?> Parameters,
    bool ReadMode,
    string? TransactionId);

/// <summary>
/// What the fake answers for one statement: columns and rows (cells may be CypherNode, CypherRelationship, CypherPath), and
/// optionally an error. With <see cref="ErrorAfterRows"/> the error arrives in a 202 with the partial rows, as Neo4j does
/// for runtime errors once streaming has begun.
/// </summary>
public sealed record FakeOutcome(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    FakeError? Error = null,
    bool ErrorAfterRows = false)
{
    public static FakeOutcome Empty { get; } = new([], []);

    public static FakeOutcome Table(string[] fields, params object?[][] rows) => new(fields, rows);

    public static FakeOutcome Fail(string code, string message, int? status = null) => new([], [], new FakeError(code, message, status));

    public static FakeOutcome PartialThenFail(string[] fields, object?[][] rows, string code, string message) =>
        new(fields, rows, new FakeError(code, message), ErrorAfterRows: true);
}

/// <summary>A Neo4j error; the status defaults to Neo4j's mapping (ClientError and TransientError 400, DatabaseError 500).</summary>
public sealed record FakeError(string Code, string Message, int? Status = null)
{
    public int HttpStatus => Status ?? (Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? 500 : 400);
}
