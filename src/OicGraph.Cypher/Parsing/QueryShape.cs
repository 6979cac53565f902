using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Parsing;

/// <summary>
/// Checks a parsed query against <see cref="CypherLimits"/> without recursing itself: the checker, planner and evaluator
/// recurse over expression trees and patterns, and an operator chain (<c>1 + 1 + ... + 1</c>) or a long pattern is
/// deep for them although the parser read it in a loop.
/// </summary>
internal static class QueryShape
{
    public static void Check(Query query)
    {
        var pending = new Stack<(object Node, int Depth)>();
        foreach (var part in query.Parts)
        {
            pending.Push((part, 0));
        }

        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > CypherLimits.MaxExpressionDepth)
            {
                throw CypherErrors.Syntax(
                    $"The query's expressions nest deeper than {CypherLimits.MaxExpressionDepth} levels (the expression depth limit); "
                    + "split long chains of operators, e.g. use IN [...] instead of many ORs");
            }

            switch (node)
            {
                case SingleQuery single:
                    foreach (var clause in single.Clauses)
                    {
                        if (clause is SubqueryCall call)
                        {
                            foreach (var part in call.Body.Parts)
                            {
                                pending.Push((part, depth + 1));
                            }

                            continue;
                        }

                        CheckPatterns(ClauseWalker.Patterns(clause), depth, pending);
                        foreach (var expr in ClauseWalker.Expressions(clause))
                        {
                            pending.Push((expr, depth + 1));
                        }
                    }

                    break;
                case SubqueryExpression subquery:
                    foreach (var part in subquery.Body.Parts)
                    {
                        pending.Push((part, depth + 1));
                    }

                    break;
                case PatternPredicate predicate:
                    CheckPatterns([predicate.Pattern], depth, pending);
                    break;
                case PatternComprehension comprehension:
                    CheckPatterns([comprehension.Pattern], depth, pending);
                    PushChildren(comprehension, depth, pending);
                    break;
                case Expr expr:
                    PushChildren(expr, depth, pending);
                    break;
            }
        }
    }

    private static void PushChildren(Expr expr, int depth, Stack<(object Node, int Depth)> pending)
    {
        // Pattern properties are pushed by CheckPatterns; Children would list them again.
        var children = expr is PatternComprehension pc
            ? new[] { pc.Where, pc.Projection }.OfType<Expr>()
            : ExprWalker.Children(expr);
        foreach (var child in children)
        {
            pending.Push((child, depth + 1));
        }
    }

    private static void CheckPatterns(IReadOnlyList<PatternPart> parts, int depth, Stack<(object Node, int Depth)> pending)
    {
        if (parts.Count > CypherLimits.MaxPatternLength)
        {
            throw CypherErrors.Syntax(
                $"A pattern has {parts.Count} comma-separated parts; the limit is {CypherLimits.MaxPatternLength} (the pattern length limit)");
        }

        foreach (var part in parts)
        {
            if (part.Rels.Count > CypherLimits.MaxPatternLength)
            {
                throw CypherErrors.Syntax(
                    $"A pattern has {part.Rels.Count} relationships; the limit is {CypherLimits.MaxPatternLength} (the pattern length limit)");
            }

            foreach (var properties in ExprWalker.PatternExprs(part))
            {
                pending.Push((properties, depth + 1));
            }
        }
    }
}
