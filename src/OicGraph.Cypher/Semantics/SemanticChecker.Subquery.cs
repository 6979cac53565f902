using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Semantics;

internal sealed partial class SemanticChecker
{
    /// <summary>
    /// A CALL subquery sees only what it imports: the variables of its scope clause, all of them for <c>(*)</c>, or, without
    /// a scope clause, those its leading WITH names. Its RETURN columns join the outer scope and may not shadow it; one without
    /// RETURN must update the graph (Neo4j refuses a unit subquery that only reads).
    /// </summary>
    private void CheckSubquery(SubqueryCall call)
    {
        var imported = new Dictionary<string, VarKind>(StringComparer.Ordinal);
        if (call.ScopeAll || (call.Scope is null && call.Body.Parts.All(part => part.Clauses[0] is WithClause)))
        {
            foreach (var (name, kind) in _scope)
            {
                imported[name] = kind;
            }
        }
        else if (call.Scope is not null)
        {
            foreach (var name in call.Scope)
            {
                if (!_scope.TryGetValue(name, out var kind))
                {
                    throw CypherErrors.Syntax($"UndefinedVariable: Variable `{name}` not defined");
                }

                imported[name] = kind;
            }
        }

        if (call.Body.UnionAll.Distinct().Count() > 1)
        {
            throw CypherErrors.Syntax("InvalidClauseComposition: cannot mix UNION and UNION ALL");
        }

        var returning = call.Body.Parts.Select(part => part.Clauses[^1] is ReturnClause).Distinct().ToList();
        if (returning.Count > 1)
        {
            throw CypherErrors.Syntax("InvalidClauseComposition: all parts of a CALL subquery must end with RETURN, or none");
        }

        if (!returning[0] && WriteDetector.FindWrite(call.Body, _procedures) is null)
        {
            throw CypherErrors.Syntax("InvalidClauseComposition: a CALL subquery without RETURN must update the graph");
        }

        var returned = new Dictionary<string, VarKind>(StringComparer.Ordinal);
        foreach (var part in call.Body.Parts)
        {
            var inner = new SemanticChecker(_text, _procedures) { _scope = new Dictionary<string, VarKind>(imported, StringComparer.Ordinal) };
            inner.CheckSingle(part, call.Body.Parts.Count > 1);
            if (part.Clauses[^1] is ReturnClause { Projection: var projection })
            {
                if (projection.Star)
                {
                    throw CypherErrors.Syntax("InvalidClauseComposition: name the columns a CALL subquery returns instead of RETURN *");
                }

                foreach (var item in projection.Items)
                {
                    returned[item.Name] = inner._scope.GetValueOrDefault(item.Name, VarKind.Any);
                }
            }
        }

        foreach (var (name, kind) in returned)
        {
            if (_scope.ContainsKey(name))
            {
                throw CypherErrors.Syntax($"VariableAlreadyBound: `{name}` is already declared in the outer scope of the CALL subquery");
            }

            _scope[name] = kind;
        }
    }
}
