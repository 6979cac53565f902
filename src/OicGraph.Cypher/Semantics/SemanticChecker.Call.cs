using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Procedures;

namespace OicGraph.Cypher.Semantics;

internal sealed partial class SemanticChecker
{
    private void CheckCall(CallClause call, bool standalone)
    {
        var procedure = _procedures.Get(call.Procedure);
        if (call.Args is null)
        {
            if (!standalone && procedure.Inputs.Count > 0)
            {
                throw CypherErrors.Syntax("InvalidArgumentPassingMode: implicit arguments are only allowed in a standalone CALL");
            }
        }
        else
        {
            if (call.Args.Count != procedure.Inputs.Count)
            {
                throw CypherErrors.Syntax($"InvalidNumberOfArguments: {call.Procedure} takes {procedure.Inputs.Count} argument(s)");
            }

            for (var i = 0; i < call.Args.Count; i++)
            {
                CheckExpr(call.Args[i]);
                NoAggregates(call.Args[i]);
                if (call.Args[i] is Literal literal && !ProcedureRegistry.Accepts(procedure.Inputs[i].Type, literal.Value))
                {
                    throw CypherErrors.Syntax($"InvalidArgumentType: {procedure.Inputs[i].Name} must be {procedure.Inputs[i].Type}");
                }
            }
        }

        if (call.YieldStar && !standalone)
        {
            throw CypherErrors.Syntax("UnexpectedSyntax: YIELD * is only allowed in a standalone CALL");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, variable) in call.Yield ?? [])
        {
            if (!procedure.Outputs.Any(o => o.Name == column))
            {
                throw CypherErrors.Syntax($"UndefinedVariable: {call.Procedure} has no output `{column}`");
            }

            if (_scope.ContainsKey(variable) || !seen.Add(variable))
            {
                throw CypherErrors.Syntax($"VariableAlreadyBound: `{variable}` already declared");
            }
        }

        foreach (var variable in seen)
        {
            _scope[variable] = VarKind.Any;
        }

        if (call.Where is not null)
        {
            CheckPredicate(call.Where);
        }
    }
}
