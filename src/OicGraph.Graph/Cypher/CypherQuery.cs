namespace OicGraph.Graph.Cypher;

/// <summary>
/// A read-only query. Parameter values are null, bool, long, double, string, lists of these and string-keyed maps.
/// At most <paramref name="RowLimit"/> rows come back; the query is cancelled after <paramref name="Timeout"/>.
/// </summary>
public sealed record CypherQuery(
    string Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    int RowLimit,
    TimeSpan Timeout)
{
    /// <summary>The most bytes the result may take as JSON; a runner stops a larger one with a query error naming the limit.</summary>
    public long MaxResultBytes { get; init; } = long.MaxValue;
}
