namespace OicGraph.Cypher;

/// <summary>ReadOnly refuses write clauses before anything runs; at most RowLimit rows come back.</summary>
public sealed record CypherExecutionOptions(bool ReadOnly = false, int RowLimit = int.MaxValue);
