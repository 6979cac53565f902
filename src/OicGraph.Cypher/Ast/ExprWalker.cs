namespace OicGraph.Cypher.Ast;

internal static class ExprWalker
{
    public static IEnumerable<Expr> Children(Expr expr)
    {
        switch (expr)
        {
            case PropertyAccess e: return [e.Target];
            case IndexAccess e: return [e.Target, e.Index];
            case SliceAccess e: return new[] { e.Target, e.From, e.To }.OfType<Expr>();
            case ListLiteral e: return e.Items;
            case MapLiteral e: return e.Entries.Select(p => p.Value);
            case MapProjection e: return e.Items.Select(i => i.Value).OfType<Expr>().Prepend(new Variable(e.Variable));
            case FunctionCall e: return e.Args;
            case Binary e: return [e.Left, e.Right];
            case Unary e: return [e.Operand];
            case IsNull e: return [e.Operand];
            case LabelCheck e: return [e.Target];
            case CaseExpr e:
                return new[] { e.Test, e.Else }.OfType<Expr>().Concat(e.Alternatives.SelectMany(a => new[] { a.When, a.Then }));
            case ListComprehension e: return new[] { e.Source, e.Where, e.Projection }.OfType<Expr>();
            case Quantifier e: return new[] { e.Source, e.Where }.OfType<Expr>();
            case Reduce e: return [e.Initial, e.Source, e.Body];
            case PatternComprehension e: return new[] { e.Where, e.Projection }.OfType<Expr>().Concat(PatternExprs(e.Pattern));
            case PatternPredicate e: return PatternExprs(e.Pattern);
            default: return [];
        }
    }

    public static IEnumerable<Expr> PatternExprs(PatternPart part) =>
        part.Nodes.Select(n => n.Properties).Concat(part.Rels.Select(r => r.Properties)).OfType<Expr>();

    public static IEnumerable<Expr> Descendants(Expr expr)
    {
        yield return expr;
        foreach (var child in Children(expr))
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
