using System.Runtime.CompilerServices;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Semantics;

internal sealed partial class SemanticChecker
{
    private void CheckExpr(Expr expr, bool predicate = false) => CheckExpr(expr, _scope, predicate, null);

    /// <param name="available">Expression texts usable as-is (ORDER BY after aggregation may repeat an item).</param>
    private void CheckExpr(Expr expr, Dictionary<string, VarKind> scope, bool predicate, HashSet<string>? available)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (available is not null && available.Contains(Key(expr)))
        {
            return;
        }

        switch (expr)
        {
            case Variable v:
                if (!scope.ContainsKey(v.Name))
                {
                    throw CypherErrors.Syntax($"UndefinedVariable: Variable `{v.Name}` not defined");
                }

                return;
            case MapProjection mp:
                if (!scope.ContainsKey(mp.Variable))
                {
                    throw CypherErrors.Syntax($"UndefinedVariable: Variable `{mp.Variable}` not defined");
                }

                foreach (var item in mp.Items)
                {
                    if (item.Kind == MapProjectionKind.Variable && !scope.ContainsKey(item.Key))
                    {
                        throw CypherErrors.Syntax($"UndefinedVariable: Variable `{item.Key}` not defined");
                    }

                    if (item.Value is not null)
                    {
                        CheckExpr(item.Value, scope, false, available);
                    }
                }

                return;
            case ListComprehension lc:
                if ((lc.Where is not null && Aggregation.Contains(lc.Where)) || (lc.Projection is not null && Aggregation.Contains(lc.Projection)))
                {
                    throw CypherErrors.Syntax("InvalidAggregation: aggregation inside a list comprehension");
                }

                CheckExpr(lc.Source, scope, false, available);
                var lcScope = With(scope, lc.Variable);
                CheckOptional(lc.Where, lcScope, true, available);
                CheckOptional(lc.Projection, lcScope, false, available);
                return;
            case Quantifier q:
                CheckExpr(q.Source, scope, false, available);
                using (KnowElementType(q.Variable, q.Source))
                {
                    CheckOptional(q.Where, With(scope, q.Variable), true, available);
                }

                return;
            case Binary { Op: "-" or "*" or "/" or "%" or "^" } arithmetic
                when IsNonNumeric(arithmetic.Left) || IsNonNumeric(arithmetic.Right):
                throw CypherErrors.Syntax($"InvalidArgumentType: {arithmetic.Op} needs numbers");
            case Reduce r:
                CheckExpr(r.Initial, scope, false, available);
                CheckExpr(r.Source, scope, false, available);
                CheckExpr(r.Body, With(With(scope, r.Accumulator), r.Variable), false, available);
                return;
            case PatternPredicate pp:
                if (!predicate)
                {
                    throw CypherErrors.Syntax("UnexpectedSyntax: a pattern expression is only allowed as a predicate");
                }

                foreach (var name in QueryExecutor.PatternVariables([pp.Pattern]))
                {
                    if (!scope.ContainsKey(name))
                    {
                        throw CypherErrors.Syntax($"UndefinedVariable: Variable `{name}` not defined");
                    }
                }

                CheckPatternKinds(pp.Pattern, scope);
                foreach (var child in ExprWalker.PatternExprs(pp.Pattern))
                {
                    CheckExpr(child, scope, false, available);
                }

                return;
            case PatternComprehension pc:
                var pcScope = new Dictionary<string, VarKind>(scope, StringComparer.Ordinal);
                foreach (var name in QueryExecutor.PatternVariables([pc.Pattern]))
                {
                    pcScope.TryAdd(name, VarKind.Any);
                }

                foreach (var child in ExprWalker.PatternExprs(pc.Pattern))
                {
                    CheckExpr(child, pcScope, false, available);
                }

                CheckOptional(pc.Where, pcScope, true, available);
                CheckExpr(pc.Projection, pcScope, false, available);
                return;
            case SubqueryExpression subquery:
                CheckSubqueryExpression(subquery, scope);
                return;
            case FunctionCall call:
                CheckFunction(call, scope, available);
                return;
            case Binary { Op: "AND" or "OR" or "XOR" } b:
                RequireBooleanOperand(b.Left);
                RequireBooleanOperand(b.Right);
                CheckExpr(b.Left, scope, true, available);
                CheckExpr(b.Right, scope, true, available);
                return;
            case Binary { Op: "IN", Right: Literal { Value: not null } or MapLiteral }:
                throw CypherErrors.Syntax("InvalidArgumentType: IN needs a list");
            case Unary { Op: "NOT" } u:
                RequireBooleanOperand(u.Operand);
                CheckExpr(u.Operand, scope, true, available);
                return;
            case PropertyAccess pa when pa.Target is Variable pv && scope.GetValueOrDefault(pv.Name) is VarKind.Path or VarKind.RelList:
                throw CypherErrors.Syntax("InvalidArgumentType: a path or list of relationships has no properties");
        }

        foreach (var child in ExprWalker.Children(expr))
        {
            CheckExpr(child, scope, false, available);
        }
    }

    private void CheckOptional(Expr? expr, Dictionary<string, VarKind> scope, bool predicate, HashSet<string>? available)
    {
        if (expr is not null)
        {
            CheckExpr(expr, scope, predicate, available);
        }
    }

    private void CheckFunction(FunctionCall call, Dictionary<string, VarKind> scope, HashSet<string>? available)
    {
        if (!KnownFunction(call))
        {
            throw CypherErrors.Syntax($"UnknownFunction: Unknown function '{call.Name}'");
        }

        if (call.IsAggregate && call.Args.Any(Aggregation.Contains))
        {
            throw CypherErrors.Syntax("NestedAggregation: aggregate functions cannot be nested");
        }

        if (call.Args.Count == 1 && !ArgumentKindFits(call.LowerName, KindOf(call.Args[0], scope)))
        {
            throw CypherErrors.Syntax($"InvalidArgumentType: {call.Name}() cannot take that argument");
        }

        if (call.IsAggregate && call.Args.SelectMany(ExprWalker.Descendants).Any(e => e is FunctionCall { LowerName: "rand" }))
        {
            throw CypherErrors.Syntax("NonConstantExpression: rand() cannot be aggregated");
        }

        var predicateArgument = call.LowerName == "exists";
        foreach (var arg in call.Args)
        {
            CheckExpr(arg, scope, predicateArgument, available);
        }
    }

    private static bool ArgumentKindFits(string function, VarKind kind) => function switch
    {
        "labels" or "type" when kind == VarKind.Map => false,
        "length" => kind is not (VarKind.Node or VarKind.Rel or VarKind.Value),
        "labels" => kind is not (VarKind.Path or VarKind.Rel or VarKind.Value or VarKind.List),
        "type" => kind is not (VarKind.Node or VarKind.Path or VarKind.Value or VarKind.List),
        "properties" => kind is not (VarKind.Path or VarKind.List or VarKind.Value),
        "size" => kind is not VarKind.Path,
        _ => true,
    };

    /// <summary>While checking a quantifier, remembers that its variable ranges over a literal list of strings or booleans.</summary>
    private ElementTypeScope? KnowElementType(string variable, Expr source)
    {
        if (source is not ListLiteral { Items.Count: > 0 } list)
        {
            return null;
        }

        var kinds = list.Items.Select(i => i is Literal { Value: string or bool } literal ? literal.Value!.GetType() : null).Distinct().ToList();
        if (kinds is not [{ } kind])
        {
            return null;
        }

        _nonNumeric.Add(variable);
        return new ElementTypeScope(() => _nonNumeric.Remove(variable));
    }

    private bool IsNonNumeric(Expr operand) =>
        operand is Literal { Value: string or bool } || (operand is Variable v && _nonNumeric.Contains(v.Name));

    private sealed class ElementTypeScope(Action exit) : IDisposable
    {
        public void Dispose() => exit();
    }

    private static void RequireBooleanOperand(Expr operand)
    {
        if (operand is Literal { Value: not null and not bool } or ListLiteral or MapLiteral)
        {
            throw CypherErrors.Syntax("InvalidArgumentType: boolean operators need boolean operands");
        }
    }

    private static void CheckPatternKinds(PatternPart part, Dictionary<string, VarKind> scope)
    {
        foreach (var node in part.Nodes)
        {
            if (node.Variable is not null && scope.GetValueOrDefault(node.Variable) is not (VarKind.Any or VarKind.Node))
            {
                throw CypherErrors.Syntax($"VariableTypeConflict: `{node.Variable}` is not a node");
            }
        }
    }

    private static Dictionary<string, VarKind> With(Dictionary<string, VarKind> scope, string name) =>
        new(scope, StringComparer.Ordinal) { [name] = VarKind.Any };

    /// <summary>Whitespace-insensitive identity of an expression, good enough to match ORDER BY items to projections.</summary>
    private string Key(Expr expr) =>
        expr.End > expr.Start ? string.Concat(_text[expr.Start..expr.End].Where(c => !char.IsWhiteSpace(c))) : expr.ToString();
}
