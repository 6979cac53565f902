namespace OicGraph.Cypher.Ast;

/// <summary>The expressions and patterns a clause holds directly (subqueries inside its expressions are not entered).</summary>
internal static class ClauseWalker
{
    public static IEnumerable<Expr> Expressions(Clause clause) => clause switch
    {
        MatchClause m => Optional(m.Where),
        UnwindClause u => [u.Source],
        WithClause w => Projection(w.Projection).Concat(Optional(w.Where)),
        ReturnClause r => Projection(r.Projection),
        MergeClause m => m.OnCreate.Concat(m.OnMatch).SelectMany(SetItem),
        SetClause s => s.Items.SelectMany(SetItem),
        RemoveClause r => r.Items.Select(i => i.Target),
        DeleteClause d => d.Targets,
        CallClause c => (c.Args ?? []).Concat(Optional(c.Where)),
        _ => [],
    };

    public static IReadOnlyList<PatternPart> Patterns(Clause clause) => clause switch
    {
        MatchClause m => m.Pattern,
        CreateClause c => c.Pattern,
        MergeClause m => [m.Pattern],
        _ => [],
    };

    private static IEnumerable<Expr> Projection(Projection projection) =>
        projection.Items.Select(i => i.Expression)
            .Concat(projection.OrderBy.Select(o => o.Expression))
            .Concat(Optional(projection.Skip))
            .Concat(Optional(projection.Limit));

    private static IEnumerable<Expr> SetItem(SetItem item) => Optional(item.Value).Prepend(item.Target);

    private static IEnumerable<Expr> Optional(Expr? expr) => expr is null ? [] : [expr];
}
