using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Functions;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

/// <summary>Evaluates expressions against a row. Aggregates are pre-computed per group and looked up by node identity.</summary>
internal sealed partial class Evaluator(QueryContext context)
{
    public QueryContext Context { get; } = context;

    public Dictionary<Expr, object?>? Aggregates { get; set; }

    public Matcher Matcher => field ??= new Matcher(this);

    public object? Eval(Expr expr, Row row)
    {
        switch (expr)
        {
            case Literal literal:
                return literal.Value;
            case Variable variable:
                return row.TryGetValue(variable.Name, out var value)
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
                return list.Items.Select(i => Eval(i, row)).ToList();
            case MapLiteral map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, item) in map.Entries)
                {
                    result[key] = Eval(item, row);
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
            case ExistsSubquery exists:
                return Matcher.MatchAll(exists.Patterns, row).Any(r => exists.Where is null || Eval(exists.Where, r) is true);
            default:
                throw CypherErrors.Syntax($"Unsupported expression {expr.GetType().Name}");
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

    private static object? Index(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        switch (target)
        {
            case IReadOnlyList<object?> list:
                if (index is not long i)
                {
                    throw CypherErrors.Type($"List index must be an integer, got {Values.TypeName(index)}");
                }

                if (i < 0)
                {
                    i += list.Count;
                }

                return i >= 0 && i < list.Count ? list[(int)i] : null;
            case IReadOnlyDictionary<string, object?> or GraphEntity:
                return index is string key
                    ? Property(target, key)
                    : throw CypherErrors.Type($"MapElementAccessByNonString: map key must be a string, got {Values.TypeName(index)}");
            default:
                throw CypherErrors.Type($"Cannot index into {Values.TypeName(target)}");
        }
    }

    private List<object?>? Slice(SliceAccess slice, Row row)
    {
        var target = Eval(slice.Target, row);
        var from = slice.From is null ? 0L : Eval(slice.From, row);
        var to = slice.To is null ? long.MaxValue : Eval(slice.To, row);
        if (target is null || from is null || to is null)
        {
            return null;
        }

        if (target is not IReadOnlyList<object?> list)
        {
            throw CypherErrors.Type($"Cannot slice {Values.TypeName(target)}");
        }

        if (from is not long f || to is not long t)
        {
            throw CypherErrors.Type("List slice bounds must be integers");
        }

        var n = list.Count;
        f = f < 0 ? Math.Max(0, n + f) : Math.Min(f, n);
        t = t < 0 ? Math.Max(0, n + t) : Math.Min(t, n);
        return t <= f ? new List<object?>() : list.Skip((int)f).Take((int)(t - f)).ToList();
    }

    private Dictionary<string, object?>? Project(MapProjection projection, Row row)
    {
        var source = Eval(new Variable(projection.Variable), row);
        if (source is null)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            switch (item.Kind)
            {
                case MapProjectionKind.AllProperties:
                    var all = source switch
                    {
                        GraphEntity entity => entity.Properties,
                        IReadOnlyDictionary<string, object?> map => map,
                        _ => throw CypherErrors.Type("Map projection needs a map, node or relationship"),
                    };
                    foreach (var (key, value) in all)
                    {
                        result[key] = value;
                    }

                    break;
                case MapProjectionKind.Property:
                    result[item.Key] = Property(source, item.Key);
                    break;
                case MapProjectionKind.Variable:
                    result[item.Key] = Eval(new Variable(item.Key), row);
                    break;
                default:
                    result[item.Key] = Eval(item.Value!, row);
                    break;
            }
        }

        return result;
    }

    private object? EvalCase(CaseExpr caseExpr, Row row)
    {
        if (caseExpr.Test is null)
        {
            foreach (var (when, then) in caseExpr.Alternatives)
            {
                if (Eval(when, row) is true)
                {
                    return Eval(then, row);
                }
            }
        }
        else
        {
            var test = Eval(caseExpr.Test, row);
            foreach (var (when, then) in caseExpr.Alternatives)
            {
                if (Values.Equal(test, Eval(when, row)) == true)
                {
                    return Eval(then, row);
                }
            }
        }

        return caseExpr.Else is null ? null : Eval(caseExpr.Else, row);
    }

    private IReadOnlyList<object?>? SourceList(Expr source, Row row) => Eval(source, row) switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        PathValue path => BuiltinFunctions.PathElements(path),
        var other => throw CypherErrors.Type($"Expected a list, got {Values.TypeName(other)}"),
    };

    private List<object?>? EvalComprehension(ListComprehension comprehension, Row row)
    {
        var list = SourceList(comprehension.Source, row);
        if (list is null)
        {
            return null;
        }

        var result = new List<object?>();
        var scope = new Row(row);
        foreach (var item in list)
        {
            Context.Tick();
            scope[comprehension.Variable] = item;
            if (comprehension.Where is null || Eval(comprehension.Where, scope) is true)
            {
                result.Add(comprehension.Projection is null ? item : Eval(comprehension.Projection, scope));
            }
        }

        return result;
    }

    private bool? EvalQuantifier(Quantifier quantifier, Row row)
    {
        var list = SourceList(quantifier.Source, row);
        if (list is null)
        {
            return null;
        }

        int trues = 0, nulls = 0;
        var scope = new Row(row);
        foreach (var item in list)
        {
            scope[quantifier.Variable] = item;
            var v = quantifier.Where is null ? true : Eval(quantifier.Where, scope);
            if (v is true)
            {
                trues++;
            }
            else if (v is null)
            {
                nulls++;
            }
            else if (v is not false)
            {
                throw CypherErrors.Type("Quantifier predicate must be a boolean");
            }
        }

        var falses = list.Count - trues - nulls;
        return quantifier.Kind switch
        {
            "ALL" => falses > 0 ? false : nulls > 0 ? null : true,
            "ANY" => trues > 0 ? true : nulls > 0 ? null : false,
            "NONE" => trues > 0 ? false : nulls > 0 ? null : true,
            _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
        };
    }

    private object? EvalReduce(Reduce reduce, Row row)
    {
        var list = SourceList(reduce.Source, row);
        if (list is null)
        {
            return null;
        }

        var scope = new Row(row) { [reduce.Accumulator] = Eval(reduce.Initial, row) };
        foreach (var item in list)
        {
            scope[reduce.Variable] = item;
            scope[reduce.Accumulator] = Eval(reduce.Body, scope);
        }

        return scope[reduce.Accumulator];
    }

    private List<object?> EvalPatternComprehension(PatternComprehension pc, Row row)
    {
        var result = new List<object?>();
        foreach (var match in Matcher.MatchPart(pc.Pattern, row, []))
        {
            if (pc.Where is null || Eval(pc.Where, match) is true)
            {
                result.Add(Eval(pc.Projection, match));
            }
        }

        return result;
    }
}
