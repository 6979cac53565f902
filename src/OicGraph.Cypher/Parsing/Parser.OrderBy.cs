using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// ORDER BY may repeat a projected expression (even after DISTINCT or aggregation hid its variables):
    /// such sub-expressions are rewritten to read the projected column instead.
    /// </summary>
    private Expr ReplaceProjected(Expr expr, List<ProjectionItem> items) =>
        ReplaceProjected(expr, items, Execution.Aggregation.Contains(expr));

    // Next to an aggregate only plain property lookups may stand for a grouping key (AmbiguousAggregationExpression).
    private Expr ReplaceProjected(Expr expr, List<ProjectionItem> items, bool aggregating)
    {
        var key = KeyOf(expr);
        var item = items.FirstOrDefault(i => i.Expression is not Variable && KeyOf(i.Expression) == key
            && (!aggregating || i.Expression is PropertyAccess { Target: Variable } || Execution.Aggregation.IsAggregate(i.Expression)));
        if (item is not null)
        {
            return new Variable(item.Name) { Start = expr.Start, End = expr.End };
        }

        if (aggregating)
        {
            // Parts of an aggregating sort key stay as written so the checker can reject ambiguous grouping.
            return expr;
        }

        Expr rewritten = expr switch
        {
            Binary b => b with { Left = ReplaceProjected(b.Left, items, aggregating), Right = ReplaceProjected(b.Right, items, aggregating) },
            Unary u => u with { Operand = ReplaceProjected(u.Operand, items, aggregating) },
            IsNull n => n with { Operand = ReplaceProjected(n.Operand, items, aggregating) },
            FunctionCall { IsAggregate: false } f => f with { Args = f.Args.Select(a => ReplaceProjected(a, items, aggregating)).ToList() },
            ListLiteral l => l with { Items = l.Items.Select(a => ReplaceProjected(a, items, aggregating)).ToList() },
            _ => expr,
        };
        return rewritten;
    }

    private string KeyOf(Expr expr) => string.Concat(_text[expr.Start..expr.End].Where(c => !char.IsWhiteSpace(c)));
}
