namespace OicGraph.Cypher.Procedures;

/// <summary>A typed procedure parameter or output column; Type is a Cypher type name (STRING, INTEGER, FLOAT, NUMBER, BOOLEAN, ANY).</summary>
public sealed record CypherProcedureParameter(string Name, string Type);

/// <summary>What a procedure may do, as Neo4j's procedure modes: a read-only execution refuses any but <see cref="Read"/>.</summary>
public enum CypherProcedureMode
{
    Read,
    Write,
}

/// <summary>A procedure callable with <c>CALL name(args) YIELD ...</c>; it receives coerced arguments and returns output rows.</summary>
public sealed record CypherProcedure(
    string Name,
    IReadOnlyList<CypherProcedureParameter> Inputs,
    IReadOnlyList<CypherProcedureParameter> Outputs,
    Func<IReadOnlyList<object?>, IEnumerable<IReadOnlyList<object?>>> Invoke,
    CypherProcedureMode Mode = CypherProcedureMode.Read);
