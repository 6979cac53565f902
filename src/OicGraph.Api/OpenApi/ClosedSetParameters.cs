using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OicGraph.Api.Validation;
using OicGraph.Graph.Model;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// Query parameters bound as strings (so a wrong value gets FluentValidation's message rather than a binding error) are
/// documented as the closed sets they are: a generator then offers the enum and a client cannot send a typo.
/// </summary>
internal sealed class ClosedSetParameters : IOperationFilter
{
    private static readonly IReadOnlyList<string> EntityTypes = Enum.GetNames<EntityType>();

    private static readonly Dictionary<(string Operation, string Parameter), IReadOnlyList<string>> Sets = new()
    {
        [("ListEntities", "type")] = EntityTypes,
        [("Search", "type")] = EntityTypes,
        [("ExportGraph", "types")] = EntityTypes,
        [("GetEntityRelationships", "direction")] = [.. Enum.GetNames<Direction>().Select(n => n.ToLowerInvariant())],
        [("ExportGraph", "format")] = GraphFormats.All,
        [("GetEntityRelationships", "type")] = RelationTypes.AllNames,
        [("ListRelationships", "type")] = RelationTypes.AllNames,
        [("ExportGraph", "relationshipTypes")] = RelationTypes.AllNames,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is null || !Sets.TryGetValue((operation.OperationId ?? "", parameter.Name), out var values)
                || parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            var target = schema.Items as OpenApiSchema ?? schema;
            target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
    }
}
