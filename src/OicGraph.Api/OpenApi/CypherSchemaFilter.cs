using Microsoft.OpenApi;
using OicGraph.Api.Contracts;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// <c>graph.nodes</c> and <c>graph.relationships</c> are written as JSON elements (cells can be anything), but their shape is
/// fixed: documented as <see cref="CypherNodeElement"/> and <see cref="CypherRelationshipElement"/> so a client can draw them.
/// </summary>
internal sealed class CypherSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type != typeof(CypherGraph) || schema is not OpenApiSchema { Properties: { } properties })
        {
            return;
        }

        properties["nodes"] = ListOf<CypherNodeElement>(context, "Every node the rows hold, once.");
        properties["relationships"] = ListOf<CypherRelationshipElement>(context, "Every relationship the rows hold, once.");
    }

    private static OpenApiSchema ListOf<T>(SchemaFilterContext context, string description) => new()
    {
        Type = JsonSchemaType.Array,
        Description = description,
        Items = context.SchemaGenerator.GenerateSchema(typeof(T), context.SchemaRepository),
    };
}
