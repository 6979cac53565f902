using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Semantics;

/// <summary>Compile-time checks the TCK expects before anything runs (undefined variables, misplaced aggregates, ...).</summary>
internal static class SemanticChecker
{
    public static void Check(Query query, IReadOnlyDictionary<string, object?> parameters)
    {
        _ = query;
        _ = parameters;
    }
}
