namespace OicGraph.Cypher.Ast;

internal abstract record Clause;

internal sealed record MatchClause(bool Optional, IReadOnlyList<PatternPart> Pattern, Expr? Where) : Clause;

internal sealed record UnwindClause(Expr Source, string Variable) : Clause;

internal sealed record ProjectionItem(Expr Expression, string Name, bool Aliased);

internal sealed record SortItem(Expr Expression, bool Descending);

internal sealed record Projection(
    bool Distinct,
    bool Star,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expr? Skip,
    Expr? Limit);

internal sealed record WithClause(Projection Projection, Expr? Where) : Clause;

internal sealed record ReturnClause(Projection Projection) : Clause;

internal sealed record CreateClause(IReadOnlyList<PatternPart> Pattern) : Clause;

internal sealed record MergeClause(PatternPart Pattern, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;

internal enum SetKind
{
    Property,
    Replace,
    Merge,
    Labels,
}

internal sealed record SetItem(SetKind Kind, Expr Target, string? Key, Expr? Value, IReadOnlyList<string> Labels);

internal sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record RemoveItem(Expr Target, string? Key, IReadOnlyList<string> Labels);

internal sealed record RemoveClause(IReadOnlyList<RemoveItem> Items) : Clause;

internal sealed record DeleteClause(IReadOnlyList<Expr> Targets, bool Detach) : Clause;

/// <summary>CREATE INDEX / CONSTRAINT and friends: accepted and ignored by the in-memory engine.</summary>
internal sealed record SchemaClause(string Text) : Clause;

/// <summary>CALL proc(args) YIELD ...; Args is null for the implicit form (arguments taken from same-named parameters).</summary>
internal sealed record CallClause(
    string Procedure,
    IReadOnlyList<Expr>? Args,
    IReadOnlyList<(string Column, string Variable)>? Yield,
    bool YieldStar,
    Expr? Where) : Clause;

/// <summary>
/// <c>CALL (a, b) { ... }</c>, <c>CALL (*) { ... }</c> or <c>CALL { WITH a ... }</c>: a subquery run once per incoming row
/// with the imported variables. One that ends in RETURN joins each row with its results; one that does not (a unit
/// subquery, which must update) leaves the row as it was. <see cref="Scope"/> is null for the form without a scope clause,
/// whose leading WITH imports.
/// </summary>
internal sealed record SubqueryCall(IReadOnlyList<string>? Scope, bool ScopeAll, Query Body) : Clause;

internal sealed record SingleQuery(IReadOnlyList<Clause> Clauses);

internal sealed record Query(IReadOnlyList<SingleQuery> Parts, IReadOnlyList<bool> UnionAll);
