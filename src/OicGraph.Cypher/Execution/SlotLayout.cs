using System.Runtime.CompilerServices;
using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// Where each name a query can bind lives in a <see cref="Row"/>: one slot per distinct name across the whole statement
/// (its UNION parts, subqueries and comprehensions), given out once when the statement is planned. A name means the same
/// slot in every scope, so a row copied into a subquery or past a WITH keeps its indices; a scope that does not bind a
/// name leaves its slot empty. Every <see cref="Variable"/> read and every pattern's node and relationship is given its slot here, so reading or
/// binding it is an array access.
/// </summary>
internal sealed class SlotLayout
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    private SlotLayout()
    {
    }

    public int Count => _names.Count;

    public string NameOf(int slot) => _names[slot];

    /// <summary>The slot of a name, or -1 for a name the plan did not see (the row then keeps it aside by name).</summary>
    public int IndexOf(string name) => _slots.TryGetValue(name, out var slot) ? slot : -1;

    /// <summary>Plans a parsed statement: must run before the statement is shared, since it sets its variables' slots.</summary>
    public static SlotLayout Plan(Query query)
    {
        var layout = new SlotLayout();
        layout.AddQuery(query);
        return layout;
    }

    private int Add(string name)
    {
        if (!_slots.TryGetValue(name, out var slot))
        {
            slot = _names.Count;
            _slots[name] = slot;
            _names.Add(name);
        }

        return slot;
    }

    private void AddQuery(Query query)
    {
        foreach (var part in query.Parts)
        {
            AddClauses(part);
        }
    }

    private void AddClauses(SingleQuery query)
    {
        foreach (var clause in query.Clauses)
        {
            AddClause(clause);
        }
    }

    private void AddClause(Clause clause)
    {
        switch (clause)
        {
            case UnwindClause unwind:
                Add(unwind.Variable);
                break;
            case WithClause with:
                AddNames(with.Projection);
                break;
            case ReturnClause ret:
                AddNames(ret.Projection);
                break;
            case CallClause call:
                foreach (var (_, variable) in call.Yield ?? [])
                {
                    Add(variable);
                }

                break;
            case SubqueryCall subquery:
                foreach (var name in subquery.Scope ?? [])
                {
                    Add(name);
                }

                AddQuery(subquery.Body);
                break;
        }

        foreach (var part in ClauseWalker.Patterns(clause))
        {
            AddPattern(part);
        }

        foreach (var expr in ClauseWalker.Expressions(clause))
        {
            AddExpr(expr);
        }
    }

    private void AddNames(Projection projection)
    {
        foreach (var item in projection.Items)
        {
            Add(item.Name);
        }
    }

    private void AddPattern(PatternPart part)
    {
        foreach (var name in QueryExecutor.PatternVariables([part]))
        {
            Add(name);
        }

        foreach (var node in part.Nodes)
        {
            node.Slot = node.Variable is null ? -1 : Add(node.Variable);
        }

        foreach (var rel in part.Rels)
        {
            rel.Slot = rel.Variable is null ? -1 : Add(rel.Variable);
        }

        foreach (var expr in ExprWalker.PatternExprs(part))
        {
            AddExpr(expr);
        }
    }

    private void AddExpr(Expr expr)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expr)
        {
            case Variable variable:
                variable.Slot = Add(variable.Name);
                return;
            case ListComprehension comprehension:
                Add(comprehension.Variable);
                break;
            case Quantifier quantifier:
                Add(quantifier.Variable);
                break;
            case Reduce reduce:
                Add(reduce.Accumulator);
                Add(reduce.Variable);
                break;
            case MapProjection projection:
                Add(projection.Variable);
                break;
            case PatternComprehension comprehension:
                AddPattern(comprehension.Pattern);
                break;
            case PatternPredicate predicate:
                AddPattern(predicate.Pattern);
                return;
            case SubqueryExpression subquery:
                AddQuery(subquery.Body);
                return;
        }

        foreach (var child in ExprWalker.Children(expr))
        {
            AddExpr(child);
        }
    }
}
