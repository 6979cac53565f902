using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// Endpoint metadata for a 200 whose body depends on a parameter: one of several JSON shapes, or a file of a media type.
/// ASP.NET Core keeps one Produces per status and content type, so <see cref="AlternativeResponsesFilter"/> writes it.
/// </summary>
internal sealed record AlternativeResponses(string Description, IReadOnlyList<Type> JsonTypes, IReadOnlyList<string> FileMediaTypes);

internal sealed class AlternativeResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlternativeResponses>().FirstOrDefault() is not { } alternatives)
        {
            return;
        }

        var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["application/json"] = new()
            {
                Schema = new OpenApiSchema { AnyOf = [.. alternatives.JsonTypes.Select(t => context.SchemaGenerator.GenerateSchema(t, context.SchemaRepository))] },
            },
        };
        foreach (var mediaType in alternatives.FileMediaTypes)
        {
            content[mediaType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse { Description = alternatives.Description, Content = content };
    }
}

internal static class AlternativeResponsesExtensions
{
    public static RouteHandlerBuilder ProducesAlternatives(this RouteHandlerBuilder builder, string description, Type[] jsonTypes, params string[] fileMediaTypes) =>
        builder.WithMetadata(new AlternativeResponses(description, jsonTypes, fileMediaTypes));
}
