using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Execution;

/// <summary>
/// The parts of one MATCH in matching order, with the WHERE conjuncts pushed into shortest-path searches. A constrained
/// shortest path is matched after the other parts, as Neo4j plans it, so its predicate sees every other variable.
/// </summary>
internal sealed record MatchPlan(IReadOnlyList<PatternPart> Parts, IReadOnlyDictionary<PatternPart, PathConstraint> Constraints)
{
    public static MatchPlan Create(IReadOnlyList<PatternPart> parts, Expr? where)
    {
        var constraints = new Dictionary<PatternPart, PathConstraint>(ReferenceEqualityComparer.Instance);
        if (where is not null)
        {
            var searched = parts.Where(p => p.Kind != PathKind.Normal)
                .SelectMany(PathConstraint.OwnVariables)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var part in parts.Where(p => p.Kind != PathKind.Normal))
            {
                if (PathConstraint.For(part, where, searched) is { } constraint)
                {
                    constraints[part] = constraint;
                }
            }
        }

        var ordered = constraints.Count == 0 ? parts : [.. parts.Where(p => !constraints.ContainsKey(p)), .. parts.Where(constraints.ContainsKey)];
        return new MatchPlan(ordered, constraints);
    }
}
