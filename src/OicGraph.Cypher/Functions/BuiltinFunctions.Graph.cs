using System.Globalization;
using OicGraph.Cypher.Ast;
using OicGraph.Cypher.Execution;
using OicGraph.Cypher.Graph;

namespace OicGraph.Cypher.Functions;

internal static partial class BuiltinFunctions
{
    public static string ElementId(GraphEntity entity) =>
        (entity is NodeRecord ? "4:oicgraph:" : "5:oicgraph:") + entity.Id.ToString(CultureInfo.InvariantCulture);

    private static bool TryGraph(string name, FunctionCall call, object?[] args, out object? result)
    {
        result = null;
        switch (name)
        {
            case "id":
            case "elementid":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    GraphEntity entity when name == "id" => entity.Id,
                    GraphEntity entity => ElementId(entity),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "labels":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    NodeRecord node => CheckAlive(node).Labels.Cast<object?>().ToList(),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "type":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    RelRecord rel => rel.Type,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "properties":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    GraphEntity entity => new Dictionary<string, object?>(CheckAlive(entity).Properties, StringComparer.Ordinal),
                    IReadOnlyDictionary<string, object?> map => map,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "keys":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    GraphEntity entity => CheckAlive(entity).Properties.Keys.Cast<object?>().ToList(),
                    IReadOnlyDictionary<string, object?> map => map.Keys.Cast<object?>().ToList(),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "nodes":
            case "relationships":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    PathValue path when name == "nodes" => path.Nodes.Cast<object?>().ToList(),
                    PathValue path => path.Rels.Cast<object?>().ToList(),
                    var other => throw ArgType(call, other),
                };
                return true;
            case "length":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    PathValue path => (long)path.Rels.Count,
                    var other => throw ArgType(call, other),
                };
                return true;
            case "startnode":
            case "endnode":
                ExpectArgs(call, 1);
                result = args[0] switch
                {
                    null => null,
                    RelRecord rel => name == "startnode" ? rel.Start : rel.End,
                    var other => throw ArgType(call, other),
                };
                return true;
            default:
                return false;
        }
    }

    private static T CheckAlive<T>(T entity)
        where T : GraphEntity =>
        entity.Deleted ? throw CypherErrors.EntityNotFound("DeletedEntityAccess: the entity has been deleted") : entity;
}
