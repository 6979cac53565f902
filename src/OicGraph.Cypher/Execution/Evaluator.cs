using System.Runtime.CompilerServices;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Functions;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>Evaluates expressions against a row. Aggregates are pre-computed per group and looked up by node identity.</summary>
internal sealed partial class Evaluator(QueryContext context)
{
    public QueryContext Context { get; } = context;

    public Dictionary<Expr, object?>? Aggregates { get; set; }

    /// <summary>
    /// Runs a subquery expression's query from a row and gives at most the number of rows asked for; set by the executor
    /// that owns this evaluator.
    /// </summary>
    public Func<Query, Row, int, List<object?[]>>? RunSubquery { get; set; }

    public Matcher Matcher => field ??= new Matcher(this);

    public object? Eval(Expr expr, Row row)
    {
        // The query's shape is bounded (CypherLimits); the probe turns anything the bounds missed into an error, not a crash.
        if (expr is not (Literal or Variable or Parameter or PropertyAccess { Target: Variable }))
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }

        switch (expr)
        {
            case Literal literal:
                return literal.Value;
            case Variable variable:
                return row.TryGetValue(variable, out var value)
                    ? value
                    : throw CypherErrors.Syntax($"Variable `{variable.Name}` not defined");
            case Parameter parameter:
                return Context.Parameters.TryGetValue(parameter.Name, out var p)
                    ? Values.Normalize(p)
                    : throw CypherErrors.ParameterMissing(parameter.Name);
            case PropertyAccess access:
                return Property(Eval(access.Target, row), access.Key);
            case IndexAccess index:
                return Index(Eval(index.Target, row), Eval(index.Index, row));
            case SliceAccess slice:
                return Slice(slice, row);
            case ListLiteral list:
                var items = new List<object?>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    var element = Eval(item, row);
                    ValueDepth.EnsureCanHold(element, "A list literal");
                    items.Add(element);
                }

                return items;
            case MapLiteral map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, item) in map.Entries)
                {
                    var entry = Eval(item, row);
                    ValueDepth.EnsureCanHold(entry, "A map literal");
                    result[key] = entry;
                }

                return result;
            case MapProjection projection:
                return Project(projection, row);
            case CountStar:
            case FunctionCall { IsAggregate: true }:
                return Aggregates is not null && Aggregates.TryGetValue(expr, out var aggregate)
                    ? aggregate
                    : throw CypherErrors.Syntax("InvalidAggregation: aggregation is not allowed here");
            case FunctionCall call:
                return BuiltinFunctions.Call(this, call, row);
            case Binary binary:
                return EvalBinary(binary, row);
            case Unary unary:
                return EvalUnary(unary, row);
            case IsNull isNull:
                return (Eval(isNull.Operand, row) is null) != isNull.Negated;
            case LabelCheck check:
                return Eval(check.Target, row) switch
                {
                    null => null,
                    NodeRecord node => check.Labels.All(node.HasLabel),
                    RelRecord rel => check.Labels.All(l => rel.Type == l),
                    var other => throw CypherErrors.Type($"Expected a node, got {Values.TypeName(other)}"),
                };
            case CaseExpr caseExpr:
                return EvalCase(caseExpr, row);
            case ListComprehension comprehension:
                return EvalComprehension(comprehension, row);
            case Quantifier quantifier:
                return EvalQuantifier(quantifier, row);
            case Reduce reduce:
                return EvalReduce(reduce, row);
            case PatternPredicate predicate:
                return Matcher.MatchPart(predicate.Pattern, row, []).Any();
            case PatternComprehension pc:
                return EvalPatternComprehension(pc, row);
            case SubqueryExpression subquery:
                return EvalSubquery(subquery, row);
            default:
                throw CypherErrors.Syntax($"Unsupported expression {expr.GetType().Name}");
        }
    }

    private object EvalSubquery(SubqueryExpression subquery, Row row)
    {
        var run = RunSubquery ?? throw CypherErrors.Syntax($"{subquery.Keyword} subqueries are not available here");
        switch (subquery)
        {
            case ExistsSubquery:
                return run(subquery.Body, row, 1).Count > 0;
            case CountSubquery:
                return (long)run(subquery.Body, row, int.MaxValue).Count;
            default:
                var rows = run(subquery.Body, row, int.MaxValue);
                ListLimits.EnsureListSize(rows.Count, "COLLECT { }");
                var values = new List<object?>(rows.Count);
                foreach (var returned in rows)
                {
                    values.Add(returned[0]);
                }

                return values;
        }
    }

    public static object? Property(object? target, string key)
    {
        switch (target)
        {
            case null:
                return null;
            case GraphEntity entity:
                if (entity.Deleted)
                {
                    throw CypherErrors.EntityNotFound("DeletedEntityAccess: the entity has been deleted");
                }

                return entity.Properties.GetValueOrDefault(key);
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(key);
            default:
                throw CypherErrors.Type($"Type mismatch: expected a map, node or relationship but was {Values.TypeName(target)}");
        }
    }
}
