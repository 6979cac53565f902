using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Semantics;

internal sealed partial class SemanticChecker
{
    private void CheckProjection(Projection projection, Expr? where, bool isReturn)
    {
        if (isReturn && projection.Star && _scope.Count == 0)
        {
            throw CypherErrors.Syntax("NoVariablesInScope: RETURN * is not allowed when there are no variables in scope");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var newScope = new Dictionary<string, VarKind>(StringComparer.Ordinal);
        if (projection.Star)
        {
            foreach (var (name, kind) in _scope)
            {
                names.Add(name);
                newScope[name] = kind;
            }
        }

        foreach (var item in projection.Items)
        {
            CheckExpr(item.Expression);
            if (!names.Add(item.Name) && !(projection.Star && item.Expression is Variable v && v.Name == item.Name))
            {
                throw CypherErrors.Syntax($"ColumnNameConflict: multiple result columns with the name `{item.Name}`");
            }

            newScope[item.Name] = KindOf(item.Expression, _scope);
            if (_outer is not null && _outer.ContainsKey(item.Name) && !(item.Expression is Variable same && same.Name == item.Name))
            {
                throw CypherErrors.Syntax($"VariableAlreadyBound: the variable `{item.Name}` is shadowing a variable with the same name from the outer scope and needs to be renamed");
            }
        }

        foreach (var (name, kind) in _outer ?? [])
        {
            newScope.TryAdd(name, kind);
        }

        var aggregating = projection.Items.Any(i => Aggregation.Contains(i.Expression));
        if (aggregating)
        {
            CheckGrouping(projection.Items);
        }

        // ORDER BY sees the projected names, plus the incoming variables unless DISTINCT or aggregation hid them.
        var sortScope = new Dictionary<string, VarKind>(newScope, StringComparer.Ordinal);
        HashSet<string>? available = null;
        if (!aggregating && !projection.Distinct)
        {
            foreach (var (name, kind) in _scope)
            {
                sortScope.TryAdd(name, kind);
            }
        }
        else
        {
            available = projection.Items.Select(i => Key(i.Expression)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var sort in projection.OrderBy)
        {
            if (!aggregating && Aggregation.Contains(sort.Expression))
            {
                throw CypherErrors.Syntax("InvalidAggregation: aggregation in ORDER BY needs an aggregating projection");
            }

            CheckExpr(sort.Expression, sortScope, false, available);
            if (aggregating && Aggregation.Contains(sort.Expression))
            {
                CheckGroupedExpr(sort.Expression, SimpleKeys(projection.Items));
            }
        }

        CheckCount(projection.Skip, "SKIP");
        CheckCount(projection.Limit, "LIMIT");
        var previous = _scope;
        _scope = newScope;
        if (where is not null)
        {
            // WITH ... WHERE may still see the incoming variables, unless aggregation grouped them away.
            var whereScope = new Dictionary<string, VarKind>(newScope, StringComparer.Ordinal);
            if (!aggregating)
            {
                foreach (var (name, kind) in previous)
                {
                    whereScope.TryAdd(name, kind);
                }
            }

            _scope = whereScope;
            CheckPredicate(where);
            _scope = newScope;
        }
    }

    private static void CheckCount(Expr? expr, string clause)
    {
        switch (expr)
        {
            case null:
                return;
            case Literal { Value: long l } when l < 0:
                throw CypherErrors.Syntax($"NegativeIntegerArgument: {clause} must be non-negative");
            case Literal { Value: not long }:
                throw CypherErrors.Syntax($"InvalidArgumentType: {clause} must be an integer");
            case Literal or Parameter:
                return;
        }

        if (ExprWalker.Descendants(expr).Any(e => e is Variable or PatternPredicate))
        {
            throw CypherErrors.Syntax($"NonConstantExpression: {clause} cannot depend on variables");
        }
    }

    /// <summary>Outside aggregate calls, an aggregating item may only use grouping keys (AmbiguousAggregationExpression).</summary>
    private void CheckGrouping(IReadOnlyList<ProjectionItem> items)
    {
        var keys = SimpleKeys(items);
        foreach (var item in items.Where(i => Aggregation.Contains(i.Expression)))
        {
            CheckGroupedExpr(item.Expression, keys);
        }
    }

    /// <summary>Only variables and property lookups count as grouping keys inside an aggregating expression.</summary>
    private HashSet<string> SimpleKeys(IReadOnlyList<ProjectionItem> items) =>
        items.Where(i => !Aggregation.Contains(i.Expression) && i.Expression is Variable or PropertyAccess { Target: Variable })
            .SelectMany(i => new[] { Key(i.Expression), i.Name })
            .ToHashSet(StringComparer.Ordinal);

    private void CheckGroupedExpr(Expr expr, HashSet<string> keys)
    {
        if (Aggregation.IsAggregate(expr) || keys.Contains(Key(expr)))
        {
            return;
        }

        if (expr is Variable)
        {
            throw CypherErrors.Syntax("AmbiguousAggregationExpression: expression mixes aggregation with non-grouping keys");
        }

        if (expr is ListComprehension or Quantifier or Reduce or PatternComprehension)
        {
            return;
        }

        foreach (var child in ExprWalker.Children(expr))
        {
            CheckGroupedExpr(child, keys);
        }
    }
}
