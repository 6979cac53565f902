namespace OicGraph.Cypher.Ast;

internal enum Direction
{
    Outgoing,
    Incoming,
    Both,
}

internal enum PathKind
{
    Normal,
    Shortest,
    AllShortest,
}

internal sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expr? Properties)
{
    /// <summary>The variable's slot in the statement's rows, set when the statement is planned; -1 binds it by name.</summary>
    internal int Slot { get; set; } = -1;
}

internal sealed record RelPattern(
    string? Variable,
    IReadOnlyList<string> Types,
    Expr? Properties,
    Direction Direction,
    bool VarLength,
    int? MinHops,
    int? MaxHops)
{
    /// <summary>The variable's slot in the statement's rows, set when the statement is planned; -1 binds it by name.</summary>
    internal int Slot { get; set; } = -1;
}

internal sealed record PatternPart(
    string? PathVariable,
    PathKind Kind,
    IReadOnlyList<NodePattern> Nodes,
    IReadOnlyList<RelPattern> Rels);
