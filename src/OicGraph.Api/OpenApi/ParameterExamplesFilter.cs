using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>Gives every route and query parameter a working example from the seeded graph, so "Try it out" answers.</summary>
internal sealed class ParameterExamplesFilter : IOperationFilter
{
    private static readonly Dictionary<string, Func<JsonNode>> Examples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = () => JsonValue.Create("kazakhstan"),
        ["type"] = () => JsonValue.Create("Country"),
        ["q"] = () => JsonValue.Create("Qazaqstan"),
        ["document"] = () => JsonValue.Create("oic-interview-mussinov"),
        ["direction"] = () => JsonValue.Create("both"),
        ["depth"] = () => JsonValue.Create(1),
        ["offset"] = () => JsonValue.Create(0),
        ["limit"] = () => JsonValue.Create(20),
        ["from"] = () => JsonValue.Create("askar-mussinov"),
        ["to"] = () => JsonValue.Create("saudi-arabia"),
        ["maxDepth"] = () => JsonValue.Create(4),
        ["entity"] = () => JsonValue.Create("kazakhstan"),
        ["format"] = () => JsonValue.Create("json"),
        ["ids"] = () => JsonValue.Create("kazakhstan"),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && Examples.TryGetValue(name, out var example) && parameter.Example is null)
            {
                parameter.Example = example();
            }
        }
    }
}
