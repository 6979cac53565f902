namespace OicGraph.Graph.Cypher;

/// <summary>The query would write to the graph; the Cypher endpoint is read-only (403).</summary>
public sealed class CypherWriteRefusedException(string message) : Exception(message);

/// <summary>The query is wrong: syntax, semantics, types or a missing parameter (400). Position is 1-based when known.</summary>
public sealed class CypherQueryException(string code, string message, int? line = null, int? column = null) : Exception(message)
{
    public string Code { get; } = code;

    public int? Line { get; } = line;

    public int? Column { get; } = column;
}

/// <summary>The active backend cannot run Cypher (501).</summary>
public sealed class CypherNotSupportedException(string message) : Exception(message);
