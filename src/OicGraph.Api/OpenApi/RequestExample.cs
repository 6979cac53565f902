using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>Endpoint metadata: a whole request body that works on the seeded graph, shown by Swagger UI's "Try it out".</summary>
internal sealed record RequestExample(JsonNode Body);

internal sealed class RequestExampleFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault() is { } example
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true && json is OpenApiMediaType mediaType)
        {
            mediaType.Example = example.Body.DeepClone();
        }
    }
}

internal static class RequestExampleExtensions
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static RouteHandlerBuilder WithRequestExample<T>(this RouteHandlerBuilder builder, T body) =>
        builder.WithMetadata(new RequestExample(JsonSerializer.SerializeToNode(body, Web)!));
}
