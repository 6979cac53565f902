namespace OicGraph.Cypher.Ast;

/// <summary>An expression node; <see cref="Start"/>/<see cref="End"/> span its source text (used for column names).</summary>
internal abstract record Expr
{
    public int Start { get; set; }

    public int End { get; set; }
}

internal sealed record Literal(object? Value) : Expr;

internal sealed record Parameter(string Name) : Expr;

internal sealed record Variable(string Name) : Expr
{
    /// <summary>The name's slot in the statement's rows, set when the statement is planned; -1 reads the row by name.</summary>
    internal int Slot { get; set; } = -1;
}

internal sealed record PropertyAccess(Expr Target, string Key) : Expr;

internal sealed record IndexAccess(Expr Target, Expr Index) : Expr;

internal sealed record SliceAccess(Expr Target, Expr? From, Expr? To) : Expr;

internal sealed record ListLiteral(IReadOnlyList<Expr> Items) : Expr;

internal sealed record MapLiteral(IReadOnlyList<KeyValuePair<string, Expr>> Entries) : Expr;

internal enum MapProjectionKind
{
    Literal,
    Property,
    Variable,
    AllProperties,
}

internal sealed record MapProjectionItem(MapProjectionKind Kind, string Key, Expr? Value);

internal sealed record MapProjection(string Variable, IReadOnlyList<MapProjectionItem> Items) : Expr;

internal sealed record FunctionCall(string Name, bool Distinct, IReadOnlyList<Expr> Args) : Expr
{
    private static readonly HashSet<string> AggregateNames =
        ["count", "collect", "sum", "avg", "min", "max", "percentiledisc", "percentilecont", "stdev", "stdevp"];

    public string LowerName { get; } = Name.ToLowerInvariant();

    public bool IsAggregate => AggregateNames.Contains(LowerName);
}

internal sealed record CountStar : Expr;

internal sealed record Binary(string Op, Expr Left, Expr Right) : Expr;

internal sealed record Unary(string Op, Expr Operand) : Expr;

internal sealed record IsNull(Expr Operand, bool Negated) : Expr;

internal sealed record LabelCheck(Expr Target, IReadOnlyList<string> Labels) : Expr;

internal sealed record CaseExpr(Expr? Test, IReadOnlyList<(Expr When, Expr Then)> Alternatives, Expr? Else) : Expr;

internal sealed record ListComprehension(string Variable, Expr Source, Expr? Where, Expr? Projection) : Expr;

internal sealed record Quantifier(string Kind, string Variable, Expr Source, Expr? Where) : Expr;

internal sealed record Reduce(string Accumulator, Expr Initial, string Variable, Expr Source, Expr Body) : Expr;

internal sealed record PatternComprehension(PatternPart Pattern, Expr? Where, Expr Projection) : Expr;

/// <summary>A relationship pattern used as a boolean: true when it has at least one match.</summary>
internal sealed record PatternPredicate(PatternPart Pattern) : Expr;

/// <summary>
/// A subquery used as a value (Neo4j 5): it runs once per outer row, sees the outer variables throughout and never
/// writes. The short form (a pattern with WHERE) is stored as a one-clause MATCH query; a full query may be a UNION.
/// </summary>
internal abstract record SubqueryExpression(Query Body) : Expr
{
    /// <summary>The keyword it is written with, for errors.</summary>
    public abstract string Keyword { get; }
}

/// <summary>EXISTS { ... }: whether the subquery has a row.</summary>
internal sealed record ExistsSubquery(Query Body) : SubqueryExpression(Body)
{
    public override string Keyword => "EXISTS";
}

/// <summary>COUNT { ... }: how many rows the subquery has; its RETURN is optional.</summary>
internal sealed record CountSubquery(Query Body) : SubqueryExpression(Body)
{
    public override string Keyword => "COUNT";
}

/// <summary>COLLECT { ... RETURN x }: the list of the one column the subquery returns, in its rows' order.</summary>
internal sealed record CollectSubquery(Query Body) : SubqueryExpression(Body)
{
    public override string Keyword => "COLLECT";
}
