using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// OpenAPI 3.0 allows nothing beside a <c>$ref</c>, so a described or nullable reference is wrapped in <c>allOf</c>. Two
/// cases need finishing: a wrapper with nothing to add is a plain <c>$ref</c> again, and a nullable wrapper states the
/// type it makes nullable (a 3.0 <c>nullable</c> means nothing without a <c>type</c> beside it).
/// </summary>
internal sealed class ReferenceSchemaCleanup : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (property is not OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } wrapper)
                {
                    continue;
                }

                var nullable = wrapper.Type is { } type && type.HasFlag(JsonSchemaType.Null);
                if (!nullable && wrapper.Description is null && wrapper.Example is null)
                {
                    schema.Properties![name] = reference;
                }
                else if (nullable && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target.Type is { } targetType)
                {
                    wrapper.Type = targetType | JsonSchemaType.Null;
                }
            }
        }
    }
}
