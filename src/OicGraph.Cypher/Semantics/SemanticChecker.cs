using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Functions;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Semantics;

internal enum VarKind
{
    Any,
    Value,
    Node,
    Rel,
    RelList,
    Path,
    List,
    Map,
}

/// <summary>
/// Compile-time checks the TCK expects before anything runs: undefined or conflicting variables, misplaced
/// aggregates, invalid CREATE/MERGE patterns and clause composition. Errors use the SyntaxError code, as Neo4j does.
/// </summary>
internal sealed partial class SemanticChecker(string _text, ProcedureRegistry _procedures)
{
    private readonly HashSet<string> _nonNumeric = new(StringComparer.Ordinal);
    private Dictionary<string, VarKind> _scope = new(StringComparer.Ordinal);

    /// <summary>The enclosing scope of a subquery expression, which stays visible past the subquery's WITH clauses.</summary>
    private Dictionary<string, VarKind>? _outer;

    public static void Check(Query query, string text, ProcedureRegistry procedures)
    {
        if (query.UnionAll.Distinct().Count() > 1)
        {
            throw CypherErrors.Syntax("InvalidClauseComposition: cannot mix UNION and UNION ALL");
        }

        foreach (var part in query.Parts)
        {
            new SemanticChecker(text, procedures).CheckSingle(part, query.Parts.Count > 1);
        }
    }

    /// <summary>
    /// An EXISTS, COUNT or COLLECT subquery sees the enclosing variables in every clause (a WITH inside does not hide
    /// them, so none of its columns may shadow one), may not write at any depth (Neo4j: "An Exists Expression cannot
    /// contain any updates"), and may end with any reading clause, except that COLLECT must end with a RETURN of
    /// exactly one column (Neo4j 42N22).
    /// </summary>
    private void CheckSubqueryExpression(SubqueryExpression subquery, Dictionary<string, VarKind> scope)
    {
        if (WriteDetector.FindWrite(subquery.Body, _procedures) is { } write)
        {
            throw CypherErrors.Syntax($"InvalidClauseComposition: {AnOrA(subquery.Keyword)} subquery cannot update the graph, and this one uses {write}");
        }

        if (subquery.Body.UnionAll.Distinct().Count() > 1)
        {
            throw CypherErrors.Syntax("InvalidClauseComposition: cannot mix UNION and UNION ALL");
        }

        var outer = new Dictionary<string, VarKind>(scope, StringComparer.Ordinal);
        foreach (var part in subquery.Body.Parts)
        {
            if (subquery is CollectSubquery && part.Clauses[^1] is not ReturnClause { Projection: { Star: false, Items.Count: 1 } })
            {
                throw CypherErrors.Syntax("InvalidClauseComposition: a COLLECT subquery must end with a single return column");
            }

            var inner = new SemanticChecker(_text, _procedures) { _scope = new Dictionary<string, VarKind>(scope, StringComparer.Ordinal), _outer = outer };
            inner.CheckSingle(part, inUnion: subquery.Body.Parts.Count > 1, subquery: true);
        }
    }

    private static string AnOrA(string keyword) => (keyword[0] is 'E' ? "an " : "a ") + keyword;

    private void CheckSingle(SingleQuery query, bool inUnion, bool subquery = false)
    {
        var clauses = query.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var last = i == clauses.Count - 1;
            if (clause is ReturnClause && !last)
            {
                throw CypherErrors.Syntax("InvalidClauseComposition: RETURN can only be used at the end of the query");
            }

            if (last && !subquery && clause is MatchClause or WithClause or UnwindClause)
            {
                throw CypherErrors.Syntax("InvalidClauseComposition: query cannot conclude with " + clause.GetType().Name.Replace("Clause", "", StringComparison.Ordinal).ToUpperInvariant());
            }

            if (inUnion && last && clause is not ReturnClause)
            {
                throw CypherErrors.Syntax("InvalidClauseComposition: each UNION part must end with RETURN");
            }

            if (clause is CallClause call)
            {
                CheckCall(call, clauses.Count == 1 && !subquery);
                continue;
            }

            if (clause is SubqueryCall subqueryCall)
            {
                if (last && !subquery && subqueryCall.Body.Parts[0].Clauses[^1] is ReturnClause)
                {
                    throw CypherErrors.Syntax("InvalidClauseComposition: query cannot conclude with CALL (a subquery that returns rows)");
                }

                CheckSubquery(subqueryCall);
                continue;
            }

            CheckClause(clause);
        }
    }

    private void CheckClause(Clause clause)
    {
        switch (clause)
        {
            case MatchClause match:
                DeclareMatchPattern(match.Pattern);
                if (match.Where is not null)
                {
                    CheckPredicate(match.Where);
                }

                break;
            case UnwindClause unwind:
                CheckExpr(unwind.Source);
                NoAggregates(unwind.Source);
                if (_scope.ContainsKey(unwind.Variable))
                {
                    throw CypherErrors.Syntax($"VariableAlreadyBound: `{unwind.Variable}` already declared");
                }

                _scope[unwind.Variable] = VarKind.Any;
                break;
            case WithClause with:
                CheckProjection(with.Projection, with.Where, false);
                break;
            case ReturnClause ret:
                CheckProjection(ret.Projection, null, true);
                break;
            case CreateClause create:
                foreach (var part in create.Pattern)
                {
                    DeclareCreatePattern(part, false);
                }

                break;
            case MergeClause merge:
                DeclareCreatePattern(merge.Pattern, true);
                CheckSetItems(merge.OnCreate);
                CheckSetItems(merge.OnMatch);
                break;
            case SetClause set:
                CheckSetItems(set.Items);
                break;
            case RemoveClause remove:
                foreach (var item in remove.Items)
                {
                    CheckExpr(item.Target);
                }

                break;
            case DeleteClause delete:
                foreach (var target in delete.Targets)
                {
                    CheckExpr(target);
                    if (target is LabelCheck)
                    {
                        throw CypherErrors.Syntax("InvalidDelete: labels cannot be deleted, use REMOVE");
                    }

                    if (target is Literal or Binary or Unary or MapLiteral)
                    {
                        throw CypherErrors.Syntax("InvalidArgumentType: DELETE expects a node, relationship or path");
                    }
                }

                break;
        }
    }

    private void CheckSetItems(IReadOnlyList<SetItem> items)
    {
        foreach (var item in items)
        {
            CheckExpr(item.Target);
            if (item.Value is not null)
            {
                CheckExpr(item.Value);
                NoAggregates(item.Value);
            }
        }
    }

    private void CheckPredicate(Expr where)
    {
        if (where is Variable v && _scope.GetValueOrDefault(v.Name) is VarKind.Node or VarKind.Rel or VarKind.Path)
        {
            throw CypherErrors.Syntax("InvalidArgumentType: a node, relationship or path is not a predicate");
        }

        CheckExpr(where, predicate: true);
        NoAggregates(where);
    }

    private static void NoAggregates(Expr expr)
    {
        if (Aggregation.Contains(expr))
        {
            throw CypherErrors.Syntax("InvalidAggregation: aggregation is not allowed here");
        }
    }

    private static VarKind KindOf(Expr expr, Dictionary<string, VarKind> scope) => expr switch
    {
        Variable v => scope.GetValueOrDefault(v.Name),
        Literal { Value: not null } => VarKind.Value,
        MapLiteral => VarKind.Map,
        ListLiteral => VarKind.List,
        _ => VarKind.Any,
    };

    private static bool KnownFunction(FunctionCall call) => call.IsAggregate || BuiltinFunctions.IsKnown(call.LowerName);
}
