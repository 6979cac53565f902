using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// Graph properties (<c>IReadOnlyDictionary&lt;string, object&gt;</c> in the contracts) hold strings and integers, as
/// README's graph-model table types them; said so, a generated client gets <c>string | number</c> rather than <c>unknown</c>.
/// </summary>
internal sealed class GraphPropertiesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema map && context.Type == typeof(IReadOnlyDictionary<string, object>))
        {
            map.Type = JsonSchemaType.Object;
            map.AdditionalProperties = new OpenApiSchema
            {
                OneOf = [new OpenApiSchema { Type = JsonSchemaType.String }, new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" }],
            };
        }
    }
}
