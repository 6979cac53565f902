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

internal sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expr? Properties);

internal sealed record RelPattern(
    string? Variable,
    IReadOnlyList<string> Types,
    Expr? Properties,
    Direction Direction,
    bool VarLength,
    int? MinHops,
    int? MaxHops);

internal sealed record PatternPart(
    string? PathVariable,
    PathKind Kind,
    IReadOnlyList<NodePattern> Nodes,
    IReadOnlyList<RelPattern> Rels);
