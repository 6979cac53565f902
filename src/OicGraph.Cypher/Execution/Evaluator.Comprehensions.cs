using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Functions;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Execution;

internal sealed partial class Evaluator
{
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
                ListLimits.AddCapped(result, comprehension.Projection is null ? item : Eval(comprehension.Projection, scope), "A list comprehension");
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
            Context.Tick();
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
            Context.Tick();
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
            Context.Tick();
            if (pc.Where is null || Eval(pc.Where, match) is true)
            {
                ListLimits.AddCapped(result, Eval(pc.Projection, match), "A pattern comprehension");
            }
        }

        return result;
    }
}
