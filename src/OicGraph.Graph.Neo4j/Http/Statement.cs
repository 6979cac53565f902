namespace OicGraph.Graph.Neo4j.Http;

/// <summary>One Cypher statement and its parameters (null, bool, int, long, double, string, lists and string-keyed maps).</summary>
internal sealed record Statement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null);

internal enum AccessMode
{
    Write,
    Read,
}

/// <summary>Plain JSON (<c>application/json</c>) or typed JSON (<c>application/vnd.neo4j.query</c>).</summary>
internal enum ResultFormat
{
    Plain,
    Typed,
}

/// <summary>How to run one statement: access mode, result format, a row cap and a per-request timeout override.</summary>
internal sealed record RunOptions(
    AccessMode Mode = AccessMode.Read,
    ResultFormat Format = ResultFormat.Plain,
    int? MaxRows = null,
    TimeSpan? Timeout = null);

/// <summary>Columns and rows of one response; <see cref="Truncated"/> when rows beyond the cap were dropped.</summary>
internal sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    bool Truncated = false)
{
    public static QueryResult Empty { get; } = new([], []);

    /// <summary>The single value of a one-row, one-column result, or null when there is no row.</summary>
    public object? Scalar => Rows.Count == 0 || Rows[0].Count == 0 ? null : Rows[0][0];
}
