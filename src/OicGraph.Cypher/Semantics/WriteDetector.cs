using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Semantics;

/// <summary>
/// Finds the first clause that would change the graph, at any depth: top-level clauses, every UNION part, subqueries
/// inside expressions (EXISTS { ... } within EXISTS within a list comprehension ...) and procedures not declared read-only.
/// </summary>
internal static class WriteDetector
{
    public static bool ContainsWrites(Query query, ProcedureRegistry procedures) => FindWrite(query, procedures) is not null;

    /// <summary>The write's name (CREATE, SET, CALL db.x ...), or null for a query that only reads.</summary>
    public static string? FindWrite(Query query, ProcedureRegistry procedures)
    {
        var pending = new Stack<SingleQuery>(query.Parts);
        while (pending.Count > 0)
        {
            foreach (var clause in pending.Pop().Clauses)
            {
                if (Describe(clause, procedures) is { } write)
                {
                    return write;
                }

                foreach (var subquery in Subqueries(clause))
                {
                    pending.Push(subquery);
                }
            }
        }

        return null;
    }

    private static string? Describe(Clause clause, ProcedureRegistry procedures) => clause switch
    {
        CreateClause => "CREATE",
        MergeClause => "MERGE",
        SetClause => "SET",
        RemoveClause => "REMOVE",
        DeleteClause { Detach: true } => "DETACH DELETE",
        DeleteClause => "DELETE",
        SchemaClause schema => schema.Text.Split(' ', 2)[0].ToUpperInvariant(),
        CallClause call when procedures.Find(call.Procedure) is not { Mode: CypherProcedureMode.Read } => "CALL " + call.Procedure,
        _ => null,
    };

    private static IEnumerable<SingleQuery> Subqueries(Clause clause)
    {
        if (clause is SubqueryCall call)
        {
            foreach (var part in call.Body.Parts)
            {
                yield return part;
            }

            yield break;
        }

        var expressions = new Stack<Expr>(ClauseWalker.Expressions(clause)
            .Concat(ClauseWalker.Patterns(clause).SelectMany(ExprWalker.PatternExprs)));
        while (expressions.Count > 0)
        {
            var expr = expressions.Pop();
            if (expr is SubqueryExpression subquery)
            {
                foreach (var part in subquery.Body.Parts)
                {
                    yield return part;
                }

                continue;
            }

            foreach (var child in ExprWalker.Children(expr))
            {
                expressions.Push(child);
            }
        }
    }
}
