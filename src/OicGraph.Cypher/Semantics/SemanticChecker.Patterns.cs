using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;

namespace OicGraph.Cypher.Semantics;

internal sealed partial class SemanticChecker
{
    private void DeclareMatchPattern(IReadOnlyList<PatternPart> parts)
    {
        var relsInPattern = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.PathVariable is not null)
            {
                if (_scope.ContainsKey(part.PathVariable)
                    || QueryExecutor.PatternVariables([part with { PathVariable = null }]).Contains(part.PathVariable, StringComparer.Ordinal))
                {
                    throw CypherErrors.Syntax($"VariableAlreadyBound: `{part.PathVariable}` already declared");
                }
            }

            foreach (var node in part.Nodes)
            {
                if (node.Properties is Parameter)
                {
                    throw CypherErrors.Syntax("InvalidParameterUse: parameter maps cannot be used in MATCH patterns");
                }

                Declare(node.Variable, VarKind.Node);
                CheckPatternProperties(node.Properties);
            }

            foreach (var rel in part.Rels)
            {
                if (rel.Properties is Parameter)
                {
                    throw CypherErrors.Syntax("InvalidParameterUse: parameter maps cannot be used in MATCH patterns");
                }

                if (rel.Variable is not null && !relsInPattern.Add(rel.Variable))
                {
                    throw CypherErrors.Syntax($"RelationshipUniquenessViolation: `{rel.Variable}` is used twice in one pattern");
                }

                Declare(rel.Variable, rel.VarLength ? VarKind.RelList : VarKind.Rel);
                CheckPatternProperties(rel.Properties);
            }

            if (part.PathVariable is not null)
            {
                _scope[part.PathVariable] = VarKind.Path;
            }
        }
    }

    private void CheckPatternProperties(Expr? properties)
    {
        if (properties is not null)
        {
            CheckExpr(properties);
            NoAggregates(properties);
        }
    }

    private void Declare(string? variable, VarKind kind)
    {
        if (variable is null)
        {
            return;
        }

        if (_scope.TryGetValue(variable, out var existing) && existing != VarKind.Any && !Compatible(existing, kind))
        {
            throw CypherErrors.Syntax($"VariableTypeConflict: `{variable}` is already a {existing}, not a {kind}");
        }

        if (!_scope.ContainsKey(variable) || existing == VarKind.Any)
        {
            _scope[variable] = kind;
        }
    }

    private static bool Compatible(VarKind existing, VarKind wanted) =>
        existing == wanted
        || (existing == VarKind.RelList && wanted == VarKind.Rel)
        || (existing == VarKind.Rel && wanted == VarKind.RelList)
        || (existing == VarKind.List && wanted == VarKind.RelList);

    private void DeclareCreatePattern(PatternPart part, bool merge)
    {
        if (part.PathVariable is not null && _scope.ContainsKey(part.PathVariable))
        {
            throw CypherErrors.Syntax($"VariableAlreadyBound: `{part.PathVariable}` already declared");
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in part.Nodes)
        {
            if (node.Variable is not null && _scope.ContainsKey(node.Variable) && !declared.Contains(node.Variable))
            {
                if (node.Labels.Count > 0 || node.Properties is not null || part.Rels.Count == 0)
                {
                    throw CypherErrors.Syntax($"VariableAlreadyBound: `{node.Variable}` already declared");
                }
            }

            if (merge && node.Properties is Parameter)
            {
                throw CypherErrors.Syntax("InvalidParameterUse: parameter maps cannot be used in MERGE patterns");
            }

            CheckPatternProperties(node.Properties);
            if (node.Variable is not null && !_scope.ContainsKey(node.Variable))
            {
                declared.Add(node.Variable);
            }

            Declare(node.Variable, VarKind.Node);
        }

        foreach (var rel in part.Rels)
        {
            if (rel.Variable is not null && _scope.ContainsKey(rel.Variable))
            {
                throw CypherErrors.Syntax($"VariableAlreadyBound: `{rel.Variable}` already declared");
            }

            if (rel.Types.Count != 1)
            {
                throw CypherErrors.Syntax("NoSingleRelationshipType: a relationship must have exactly one type to be created");
            }

            if (rel.Direction == Direction.Both && !merge)
            {
                throw CypherErrors.Syntax("RequiresDirectedRelationship: only directed relationships can be created");
            }

            if (merge && rel.Properties is Parameter)
            {
                throw CypherErrors.Syntax("InvalidParameterUse: parameter maps cannot be used in MERGE patterns");
            }

            if (rel.VarLength)
            {
                throw CypherErrors.Syntax("CreatingVarLength: variable length relationships cannot be created");
            }

            CheckPatternProperties(rel.Properties);
            Declare(rel.Variable, VarKind.Rel);
        }

        if (part.PathVariable is not null)
        {
            _scope[part.PathVariable] = VarKind.Path;
        }
    }
}
