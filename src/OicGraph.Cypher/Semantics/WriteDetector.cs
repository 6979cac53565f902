using OicGraph.Cypher.Ast;

namespace OicGraph.Cypher.Semantics;

internal static class WriteDetector
{
    public static bool ContainsWrites(Query query) =>
        query.Parts.SelectMany(p => p.Clauses).Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause
            or DeleteClause or SchemaClause);
}
